import { serveThanks } from '@/lib/embed/serve';

export function GET(request: Request) {
  return serveThanks(request);
}
