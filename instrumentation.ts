// Next.js calls register() once when the server starts: create and migrate the store before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { migrate, openStore } = await import('./lib/db/connect');
  const store = openStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.CONFORME_DATA_DIR,
  });
  try {
    await migrate(store);
    const { createAuth } = await import('./lib/auth/auth');
    await createAuth(store);
  } finally {
    await store.close();
  }
}
