import { refusalPage } from '@/components/public/pages';
import { getStore } from '@/lib/db';
import { submissionEndpoint } from '@/lib/submissions/endpoint';

// In production `npm start` answers these requests before Next does (lib/server/main.ts), through the same
// endpoint; this route serves `next dev` and any deployment that runs `next start` directly.
const endpoint = submissionEndpoint(getStore, refusalPage);

export async function POST(request: Request, { params }: RouteContext<'/api/submit/[formId]'>) {
  return endpoint.post(request, (await params).formId);
}

export async function OPTIONS(request: Request, { params }: RouteContext<'/api/submit/[formId]'>) {
  return endpoint.preflight(request, (await params).formId);
}
