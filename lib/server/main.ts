// The production server `npm start` runs (node --import tsx lib/server/main.ts [-p PORT] [-H HOST]).
// Next.js serves every page and route, except the public submission endpoint, which this server answers
// itself through the very handler the Next route uses (lib/submissions/endpoint.ts): same validation, same
// store, same answers, without the framework's per-request work on the one path that takes volume.
import './react-first';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import next from 'next';
import { refusalPage } from '../../components/public/pages';
import { appStore } from '../db/connect';
import { submissionEndpoint } from '../submissions/endpoint';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

const SUBMIT = /^\/api\/submit\/([^/?#]+)(?:\?.*)?$/;
const endpoint = submissionEndpoint(appStore, refusalPage);

/** The request as the Next route would see it: absolute URL from Host, the client in x-forwarded-for. */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  if (!headers.has('x-forwarded-for') && req.socket.remoteAddress)
    headers.set('x-forwarded-for', req.socket.remoteAddress);
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  const url = new URL(req.url ?? '/', `${proto}://${headers.get('host') ?? 'localhost'}`);
  const body = req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null;
  return new Request(url, { method: req.method, headers, body, duplex: 'half' } as RequestInit);
}

async function answer(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function submission(req: IncomingMessage, res: ServerResponse, formId: string) {
  try {
    const request = toRequest(req);
    const id = decodeURIComponent(formId);
    await answer(
      res,
      req.method === 'POST'
        ? await endpoint.post(request, id)
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

createServer((req, res) => {
  const match = SUBMIT.exec(req.url ?? '');
  if (match?.[1] && (req.method === 'POST' || req.method === 'OPTIONS'))
    void submission(req, res, match[1]);
  else void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`conforme: ready on http://${hostname ?? 'localhost'}:${port}`);
});
