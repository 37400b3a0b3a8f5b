import 'server-only';
import { createHash } from 'node:crypto';
import { APIError } from 'better-auth/api';
import type { AttemptGate } from './attempts';
import type { Auth } from './auth';

/** Unsuccessful sign-in attempts allowed in the window (15 minutes): per account, and per client address. */
export const SIGN_IN_LIMITS = { account: 5, address: 20 } as const;

export type SignInOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'limited'; retryAfter: number };

export type SignInInput = { email: string; password: string; address: string; headers: Headers };

/** The language of the sign-in page's own messages: French unless the browser prefers English. */
export const signInLang = (h: Headers): 'fr' | 'en' =>
  /^\s*en\b/i.test(h.get('accept-language') ?? '') ? 'en' : 'fr';

/** The account's key in the attempts table: a digest, so the table does not keep who was tried. */
const accountKey = (email: string) =>
  `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;

/**
 * Signs in with email and password, within the attempt limits. An unknown account and a wrong password give
 * the same outcome, and take the same time: better-auth hashes the submitted password when it finds no
 * account (sign-in.test.ts checks it), and an unknown account's attempts are counted like any other's.
 */
export async function signInWithLimits(
  auth: Auth,
  gate: AttemptGate,
  input: SignInInput,
  now = Date.now(),
): Promise<SignInOutcome> {
  const admission = await gate.begin(
    [
      { key: accountKey(input.email), limit: SIGN_IN_LIMITS.account },
      { key: `address:${input.address}`, limit: SIGN_IN_LIMITS.address },
    ],
    now,
  );
  if (!admission.ok) return { ok: false, reason: 'limited', retryAfter: admission.retryAfter };
  try {
    await auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: input.headers,
    });
  } catch (error) {
    // better-auth refuses with an APIError (401 for a wrong pair, 400 for a malformed one); anything else is
    // a failure of the store, not of the person, and must not read as "wrong password".
    if (error instanceof APIError) return { ok: false, reason: 'invalid' };
    throw error;
  }
  await gate.succeeded(admission.attemptId);
  return { ok: true };
}
