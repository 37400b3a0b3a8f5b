// The production server `npm start` runs (node --import tsx lib/server/main.ts [-p PORT] [-H HOST]).
// Next.js serves every page and route, except the public submission endpoint, which this server answers
// itself through the very handler the Next route uses (lib/submissions/endpoint.ts): same validation, same
// store, same answers, without the framework's per-request work on the one path that takes volume.
import './react-first';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { refusalPage } from '../../components/public/pages';
import { appStore } from '../db/connect';
import { MAX_BODY_BYTES } from '../submissions/body';
import { submissionEndpoint } from '../submissions/endpoint';
import { clientOf } from '../submissions/network';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

const SUBMIT = /^\/api\/submit\/([^/?#]+)(?:\?.*)?$/;
const endpoint = submissionEndpoint(appStore, refusalPage);

/**
 * The body, read into memory but never more than one byte past the endpoint's limit: the endpoint then
 * answers 413 (as it does at once when Content-Length is over the limit), and the rest is discarded.
 */
function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      req.resume();
      resolve(new Uint8Array());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      resolve(new Uint8Array(Buffer.concat(chunks)));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done();
        req.resume();
      }
    };
    req.on('data', onData);
    req.once('end', done);
    req.once('error', reject);
  });
}

/**
 * The request as the Next route would see it: absolute URL from Host. (The connection's address is passed
 * beside it, so that x-forwarded-for counts only when a trusted proxy wrote it.) The body is read here into
 * memory (it is small and bounded): a buffer costs far less than a web stream.
 */
async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const url = new URL(req.url ?? '/', `${proto}://${headers.get('host') ?? 'localhost'}`);
  const body = req.method === 'POST' ? await readBody(req) : null;
  return new Request(url, { method: req.method, headers, body });
}

async function answer(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** A path segment decoded; a malformed one stays as sent (no form has that id, so the answer is 404). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function submission(req: IncomingMessage, res: ServerResponse, formId: string) {
  try {
    const request = await toRequest(req);
    const id = decodedSegment(formId);
    await answer(
      res,
      req.method === 'POST'
        ? await endpoint.post(request, id, req.socket.remoteAddress ?? null)
        : await endpoint.preflight(request, id),
    );
  } catch (error) {
    console.error('conforme: submission endpoint failed', error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error: 'Internal error.' }));
  }
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const match = SUBMIT.exec(req.url ?? '');
  if (match?.[1] && (req.method === 'POST' || req.method === 'OPTIONS'))
    void submission(req, res, match[1]);
  else {
    // Pages and server actions (sign-in's per-address limit) read the client from x-forwarded-for: they
    // get the address resolved here from the connection and the trusted proxies, never the client's claim.
    const forwarded = req.headers['x-forwarded-for'];
    const client = clientOf(
      Array.isArray(forwarded) ? forwarded.join(', ') : forwarded,
      req.socket.remoteAddress ?? null,
    );
    if (client === 'unknown') delete req.headers['x-forwarded-for'];
    else req.headers['x-forwarded-for'] = client;
    void handle(req, res);
  }
}).listen(port, hostname, () => {
  console.log(`conforme: ready on http://${hostname ?? 'localhost'}:${port}`);
});

// Stopped (SIGTERM from a process manager, Ctrl-C): accept nothing new, let requests under way finish (a
// submission is acknowledged only once stored), then exit; after 10 s, exit anyway.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
