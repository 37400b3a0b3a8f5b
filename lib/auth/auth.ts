import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { nextCookies } from 'better-auth/next-js';
import { withMigrationLock, type Store } from '../db/connect';
import { storedSecret } from './secret';

/**
 * better-auth on the app's own Kysely instance: email and password (scrypt, a memory-hard hash), sessions in
 * httpOnly SameSite=Lax cookies. Sign-up is not exposed over HTTP: accounts are created by the first-run setup
 * and by invitations, through server actions.
 */
export async function createAuth(store: Store) {
  const options = {
    appName: 'Conforme',
    database: { db: store.db, type: store.dialect },
    secret: await storedSecret(store, 'auth_secret', process.env.CONFORME_AUTH_SECRET),
    baseURL: process.env.CONFORME_PUBLIC_URL,
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: 'conforme',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' as const },
    },
    plugins: [nextCookies()],
  };
  // Two app servers starting at once must not both create better-auth's tables.
  await withMigrationLock(store, async () => {
    const { runMigrations } = await getMigrations(options);
    await runMigrations();
  });
  return betterAuth(options);
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
