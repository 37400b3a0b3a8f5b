import type { Kysely, Migration } from 'kysely';

type AnyDb = Kysely<unknown>;

/** Failed sign-in attempts per account and per address, shared by every app server (lib/auth/attempts.ts). */
export const signInAttempts: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('attempt_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_attempts_pk', ['attempt_id', 'key'])
      .execute();
    await db.schema
      .createIndex('sign_in_attempts_key_at')
      .on('sign_in_attempts')
      .columns(['key', 'at'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('sign_in_attempts').execute();
  },
};
