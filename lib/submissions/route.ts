import 'server-only';
import { getStore } from '../db';
import { formRepository } from '../forms/repository';
import { isOriginAllowed, submit } from './handle';
import { corsHeaders, respond, type RefusalPage } from './respond';

const appOrigin = (request: Request) => new URL(request.url).origin;

/** POST /api/submit/[formId]; `refusalPage` renders refusals for visitors without JavaScript. */
export async function handleSubmitRequest(
  request: Request,
  formId: string,
  refusalPage: RefusalPage,
): Promise<Response> {
  const store = await getStore();
  const origin = request.headers.get('origin');
  const settings = await formRepository(store).embedSettings(formId);
  const cors = corsHeaders(
    origin,
    isOriginAllowed(origin, appOrigin(request), settings?.allowedOrigins ?? []),
  );
  const wantsJson =
    (request.headers.get('accept') ?? '').includes('application/json') ||
    (request.headers.get('content-type') ?? '').startsWith('application/json');
  const outcome = await submit(store, formId, request, appOrigin(request), settings);
  return respond(outcome, wantsJson, cors, request.headers.get('referer'), refusalPage);
}

/** OPTIONS /api/submit/[formId]: the CORS preflight, answered for allowed origins only. */
export async function handlePreflight(request: Request, formId: string): Promise<Response> {
  const origin = request.headers.get('origin');
  const settings = await formRepository(await getStore()).embedSettings(formId);
  const allowed =
    Boolean(settings) &&
    isOriginAllowed(origin, appOrigin(request), settings?.allowedOrigins ?? []);
  return new Response(null, { status: allowed ? 204 : 403, headers: corsHeaders(origin, allowed) });
}
