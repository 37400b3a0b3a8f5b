import 'server-only';
import { betterAuth } from 'better-auth';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { getMigrations } from 'better-auth/db/migration';
import { nextCookies } from 'better-auth/next-js';
import { withMigrationLock, type Store } from '../db/connect';
import { logUnencrypted, secureCookiesFor } from './cookie-policy';
import { storedSecret } from './secret';

/** How passwords are hashed and checked: better-auth's scrypt, replaceable in tests to observe the calls. */
export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (data: { hash: string; password: string }) => Promise<boolean>;
};
export const SCRYPT: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

async function authOptions(store: Store, password: PasswordHasher) {
  return {
    appName: 'Conforme',
    database: { db: store.db, type: store.dialect },
    secret: await storedSecret(store, 'auth_secret', process.env.CONFORME_AUTH_SECRET),
    baseURL: process.env.CONFORME_PUBLIC_URL,
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      password,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    telemetry: { enabled: false },
    // better-auth's own rateLimit applies to its HTTP handler only, which Conforme does not expose (sign-in
    // runs through server actions calling auth.api): attempts are limited in sign-in.ts instead.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'conforme',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' as const },
    },
    plugins: [nextCookies()],
  };
}

/**
 * better-auth on the app's own Kysely instance: email and password (scrypt, a memory-hard hash), sessions in
 * httpOnly SameSite=Lax cookies. Sign-up is not exposed over HTTP: accounts are created by the first-run setup
 * and by invitations, through server actions.
 *
 * better-auth fixes its cookies' names and Secure attribute when it starts, so there are two instances on one
 * store and one secret, differing only there; each call takes the one its request's headers call for
 * (cookie-policy.ts). A session made over HTTPS lives in a `__Secure-` cookie the plain instance never reads.
 */
export async function createAuth(store: Store, password: PasswordHasher = SCRYPT) {
  const options = await authOptions(store, password);
  // Two app servers starting at once must not both create better-auth's tables.
  await withMigrationLock(store, async () => {
    const { runMigrations } = await getMigrations(options);
    await runMigrations();
  });
  const secure = betterAuth({
    ...options,
    advanced: { ...options.advanced, useSecureCookies: true },
  });
  const plain = betterAuth({
    ...options,
    advanced: { ...options.advanced, useSecureCookies: false },
  });
  const pick = (headers: Headers) => {
    if (secureCookiesFor(headers)) return secure;
    logUnencrypted(headers);
    return plain;
  };
  type Api = typeof plain.api;
  return {
    /** The instance whose cookies suit these request headers (for calls the few below do not cover). */
    forRequest: pick,
    api: {
      signInEmail: (args: Parameters<Api['signInEmail']>[0] & { headers: Headers }) =>
        pick(args.headers).api.signInEmail(args),
      signUpEmail: (args: Parameters<Api['signUpEmail']>[0] & { headers: Headers }) =>
        pick(args.headers).api.signUpEmail(args),
      getSession: (args: { headers: Headers }) => pick(args.headers).api.getSession(args),
      changePassword: (args: Parameters<Api['changePassword']>[0] & { headers: Headers }) =>
        pick(args.headers).api.changePassword(args),
      signOut: (args: { headers: Headers }) => pick(args.headers).api.signOut(args),
    },
  };
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
