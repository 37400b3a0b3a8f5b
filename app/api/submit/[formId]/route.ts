import { refusalPage } from '@/components/public/pages';
import { handlePreflight, handleSubmitRequest } from '@/lib/submissions/route';

export async function POST(request: Request, { params }: RouteContext<'/api/submit/[formId]'>) {
  return handleSubmitRequest(request, (await params).formId, refusalPage);
}

export async function OPTIONS(request: Request, { params }: RouteContext<'/api/submit/[formId]'>) {
  return handlePreflight(request, (await params).formId);
}
