import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { sql } from 'kysely';
import { migrate, openStore } from '../lib/db/connect';
import { formRepository } from '../lib/forms/repository';
import { versionRepository } from '../lib/publishing/versions';
import { submissionRepository } from '../lib/submissions/repository';
import {
  kill,
  readReference,
  startApp,
  submissionBody,
  submitAs,
  type AppServer,
} from './app-server';

// Several app servers on one PostgreSQL must behave as one: two `npm start` processes on a database of
// their own, started at the same moment (both migrate), then concurrent submissions split across them.
const adminUrl = process.env.TEST_DATABASE_URL;
const newsletter = readReference('newsletter');

if (adminUrl)
  test('two app servers on one PostgreSQL: every receipt stored once, one rate limit, every chain intact', async () => {
    test.setTimeout(180_000);
    const database = `conforme_two_${process.pid}_${Date.now()}`;
    const admin = openStore({ databaseUrl: adminUrl });
    await sql`create database ${sql.id(database)}`.execute(admin.db);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const databaseUrl = url.toString();
    let servers: AppServer[] = [];
    try {
      servers = await Promise.all(
        [0, 1].map(() =>
          startApp({
            DATABASE_URL: databaseUrl,
            CONFORME_RATE_LIMIT: '10',
            // This spec stands in for the load balancer: it says which visitor each request is from.
            CONFORME_TRUSTED_PROXIES: '127.0.0.1',
          }),
        ),
      );
      const store = openStore({ databaseUrl });
      await migrate(store);
      const formId = await formRepository(store).create(newsletter, null);
      expect(await versionRepository(store).publish(formId, null)).toEqual({
        ok: true,
        version: 1,
      });

      const server = (i: number): AppServer => {
        const app = servers[i % 2];
        if (!app) throw new Error('no app server');
        return app;
      };
      // 120 leads from 120 addresses, 20 at a time, alternating servers.
      const distinct: Awaited<ReturnType<typeof submitAs>>[] = [];
      for (let batch = 0; batch < 6; batch++)
        distinct.push(
          ...(await Promise.all(
            Array.from({ length: 20 }, (_, j) => {
              const i = batch * 20 + j;
              return submitAs(
                server(i),
                formId,
                submissionBody(newsletter, `lead${i}`),
                `198.51.100.${i}`,
              );
            }),
          )),
        );
      expect(distinct.map((a) => a.status)).toEqual(Array<number>(120).fill(200));

      // One submission retried ten times at once, half to each server: one receipt.
      const key = randomUUID();
      const retries = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          submitAs(server(i), formId, submissionBody(newsletter, 'retry', key), '192.0.2.50'),
        ),
      );
      expect(retries.map((a) => a.status)).toEqual(Array<number>(10).fill(200));
      expect(new Set(retries.map((a) => a.receipt)).size).toBe(1);

      // A burst of 30 from one address, split across the servers: the limit of 10 holds globally.
      const burst = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          submitAs(server(i), formId, submissionBody(newsletter, `burst${i}`), '203.0.113.77'),
        ),
      );
      expect(burst.filter((a) => a.status === 200)).toHaveLength(10);
      expect(burst.filter((a) => a.status === 429)).toHaveLength(20);

      const receipts = [...distinct, retries[0], ...burst]
        .map((a) => a?.receipt)
        .filter((r): r is string => r !== undefined);
      expect(new Set(receipts).size).toBe(131);
      const { rows } = await sql<{ id: string }>`select id from submissions`.execute(store.db);
      expect(rows.map((r) => r.id).sort()).toEqual([...receipts].sort());
      const repository = submissionRepository(store);
      for (const receipt of receipts)
        expect((await repository.get(formId, receipt))?.record).toBeTruthy();
      const check = await repository.verify();
      expect(check).toMatchObject({ ok: true, count: 131 });
      expect(check.ok && check.chains).toEqual([
        expect.objectContaining({ chainId: 'default', seq: 131 }),
      ]);
      await store.close();
    } finally {
      await Promise.all(servers.map((s) => kill(s, 'SIGTERM')));
      await sql`drop database if exists ${sql.id(database)} with (force)`.execute(admin.db);
      await admin.close();
    }
  });
else console.log('# Two-server test skipped: TEST_DATABASE_URL is not set (.ci/run sets it).');
