import type { Store } from '../db/connect';
import { publicUrl } from '../embed/public-url';
import { cachedEmbedSettings, type EmbedSettings } from '../forms/repository';
import { acceptedLang, isOriginAllowed, storageRefusal, submit } from './handle';
import { formIdSchema } from './payload';
import { corsHeaders, respond, type RefusalPage } from './respond';

// The origin the hosted page and the iframe were served from (publicUrl), not request.url: `next start` builds
// that from the address it listens on, so their own posts would be refused as coming from another origin.
const appOrigin = (request: Request) => new URL(publicUrl(request)).origin;

/** A form's embed settings; none for a malformed id, which is not even looked up. */
const settingsOf = (store: Store, formId: string) =>
  formIdSchema.safeParse(formId).success ? cachedEmbedSettings(store, formId) : undefined;

/**
 * The public submission endpoint, whoever serves it: the Next route (app/api/submit/[formId]) and the
 * production server's fast path (lib/server/main.ts) both answer through these two functions.
 * `refusalPage` renders refusals for visitors without JavaScript.
 */
export function submissionEndpoint(getStore: () => Promise<Store>, refusalPage: RefusalPage) {
  return {
    /**
     * POST /api/submit/[formId]. `peer`: the address of the connection, when the server sees it; it is the
     * client unless it is a trusted proxy (lib/submissions/network.ts).
     */
    async post(request: Request, formId: string, peer: string | null = null): Promise<Response> {
      const origin = request.headers.get('origin');
      const wantsJson =
        (request.headers.get('accept') ?? '').includes('application/json') ||
        (request.headers.get('content-type') ?? '').startsWith('application/json');
      const referer = request.headers.get('referer');
      let store: Store;
      let settings: EmbedSettings | undefined;
      try {
        store = await getStore();
        settings = await settingsOf(store, formId);
      } catch (error) {
        // The store failed before the form's origins could be read. The answer says only that nothing was
        // recorded and to send again, so any page may read it and show it (a 503 rather than a CORS error).
        const refusal = storageRefusal(error, formId, acceptedLang(request.headers));
        return respond(refusal, wantsJson, corsHeaders(origin, true), referer, refusalPage);
      }
      const cors = corsHeaders(
        origin,
        isOriginAllowed(origin, appOrigin(request), settings?.allowedOrigins ?? []),
      );
      const outcome = await submit(store, formId, request, appOrigin(request), settings, peer);
      return respond(outcome, wantsJson, cors, referer, refusalPage);
    },

    /** OPTIONS /api/submit/[formId]: the CORS preflight, answered for allowed origins only. */
    async preflight(request: Request, formId: string): Promise<Response> {
      const origin = request.headers.get('origin');
      const settings = await settingsOf(await getStore(), formId);
      const allowed =
        Boolean(settings) &&
        isOriginAllowed(origin, appOrigin(request), settings?.allowedOrigins ?? []);
      return new Response(null, {
        status: allowed ? 204 : 403,
        headers: corsHeaders(origin, allowed),
      });
    },
  };
}
