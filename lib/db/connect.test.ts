import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrations } from './migrations';
import { migrate, openStore } from './connect';

const url = process.env.TEST_DATABASE_URL;

describe('migrations at start', () => {
  if (url)
    it('run once when several app servers start on one PostgreSQL at the same moment', async () => {
      const schema = `conforme_migrate_${process.pid}_${Date.now()}`;
      const admin = openStore({ databaseUrl: url });
      await sql`create schema ${sql.id(schema)}`.execute(admin.db);
      const servers = Array.from({ length: 4 }, () =>
        openStore({ databaseUrl: url, pgSchema: schema }),
      );
      try {
        await Promise.all(servers.map((s) => migrate(s)));
        const { rows } = await sql<{
          name: string;
        }>`select name from ${sql.id(schema, 'kysely_migration')} order by name`.execute(admin.db);
        assert.deepEqual(
          rows.map((r) => r.name),
          Object.keys(migrations('postgres')).sort(),
        );
      } finally {
        await Promise.all(servers.map((s) => s.close()));
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
        await admin.close();
      }
    });
  else console.log('# Concurrent-migration test skipped: TEST_DATABASE_URL is not set.');
});
