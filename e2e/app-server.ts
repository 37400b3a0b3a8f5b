import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { ENVELOPE, parseDefinition, visitorInputs, type FormDefinition } from '../lib/form';

/** A second app server of a spec's own, on the build `npm test` made, in a process group of its own. */
export type AppServer = { url: string; child: ChildProcess; stderr: () => string };

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

/**
 * Starts the app as `npm start` serves it, on a free loopback port, with `env` over this process's
 * (DATABASE_URL is dropped unless `env` sets it), or on `fixedPort`; resolves when it answers.
 */
export async function startApp(
  env: Record<string, string>,
  fixedPort?: number,
): Promise<AppServer> {
  const port = fixedPort ?? (await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete childEnv.DATABASE_URL;
  Object.assign(childEnv, env);
  const child = spawn(
    'node',
    ['--import', 'tsx', 'lib/server/main.ts', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: childEnv,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app server exited: ${stderr}`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, child, stderr: () => stderr };
    await new Promise((r) => setTimeout(r, 250));
  }
  await kill({ url, child, stderr: () => stderr }, 'SIGKILL');
  throw new Error(`the app server did not answer: ${stderr}`);
}

/** Signals the server's whole process group and waits until it is gone. */
export async function kill(app: AppServer, signal: NodeJS.Signals) {
  if (app.child.exitCode !== null || app.child.signalCode !== null || !app.child.pid) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  process.kill(-app.child.pid, signal);
  await exited;
}

/** The body the snippet posts: every box ticked, the email made from `lead`, a fresh or given key. */
export function submissionBody(
  def: FormDefinition,
  lead: string,
  idempotencyKey: string = randomUUID(),
): string {
  const form = new URLSearchParams({
    [ENVELOPE.version]: '1',
    [ENVELOPE.lang]: 'fr',
    [ENVELOPE.embed]: 'snippet',
    [ENVELOPE.page]: 'https://www.example.com/offres?utm_campaign=volume',
    [ENVELOPE.idempotency]: idempotencyKey,
  });
  for (const input of visitorInputs(def, 'fr'))
    form.set(
      input.name,
      input.kind !== 'field' ? 'yes' : input.type === 'email' ? `${lead}@example.com` : 'Lou',
    );
  return form.toString();
}

/** A reference definition, read as the CLI reads one: Playwright's loader does not import JSON modules. */
export function readReference(name: string): FormDefinition {
  const parsed = parseDefinition(
    JSON.parse(readFileSync(`lib/form/references/${name}.json`, 'utf8')) as unknown,
  );
  if (!parsed.ok) throw new Error(`the ${name} reference is invalid`);
  return parsed.data;
}

/** POSTs a submission to `app` as a proxy in front of it would, naming the visitor's address. */
export async function submitAs(
  app: AppServer,
  formId: string,
  body: string,
  address: string,
): Promise<{ status: number; receipt?: string }> {
  const res = await fetch(`${app.url}/api/submit/${formId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      'x-forwarded-for': address,
    },
    body,
  });
  const json = (await res.json()) as { ok: boolean; data?: { receipt: string } };
  return { status: res.status, receipt: json.data?.receipt };
}
