import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Store = {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  close: () => Promise<void>;
};

export type StoreConfig = {
  /** postgres://… selects PostgreSQL; anything else (or nothing) the embedded SQLite file. */
  databaseUrl?: string;
  /** Folder of the SQLite file (default: ./data). */
  dataDir?: string;
  /** PostgreSQL schema to use instead of public (tests isolate themselves with one). */
  pgSchema?: string;
};

/**
 * The database as Kysely's SQLite driver sees it, with compiled statements kept by SQL text: the driver
 * prepares every query it runs, and compiling the same few statements again on each submission cost more
 * than running them. better-sqlite3 statements are reusable; the cache is bounded.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') {
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      }
      return (source: string) => {
        let statement = statements.get(source);
        if (!statement) {
          statement = prepare(source);
          if (statements.size >= 500) statements.clear();
          statements.set(source, statement);
        }
        return statement;
      };
    },
  });
}

/**
 * SQLite rolls a transaction back by itself when a write fails for lack of space or on an I/O error; the
 * ROLLBACK Kysely then sends would fail ("no transaction is active") and hide the real cause
 * (SQLITE_FULL) from the error the caller sees and logs. This driver skips it when nothing is open.
 */
class SqliteStoreDriver extends SqliteDriver implements Driver {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: withStatementCache(sqlite) });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

class SqliteStoreDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new SqliteStoreDriver(this.sqlite);
  }
}

export function openStore(config: StoreConfig = {}): Store {
  const url = config.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      options: config.pgSchema ? `-c search_path=${config.pgSchema}` : undefined,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = resolve(config.dataDir ?? 'data', 'conforme.db');
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): the ledger's and leads' indexes stay in memory at volume.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteStoreDialect(sqlite) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** The PostgreSQL advisory lock app servers take to migrate one at a time. */
const MIGRATION_LOCK = 7_171_002;

/**
 * Brings the store to the latest schema; safe to call at every start, and from several app servers
 * starting at once: on PostgreSQL they take turns under an advisory lock (SQLite has one writer anyway),
 * and whoever comes second finds nothing left to do.
 */
export async function migrate(store: Store): Promise<void> {
  await withMigrationLock(store, (db) => migrateOn(db, store.dialect));
}

/**
 * Runs `work` while no other app server migrates: on PostgreSQL under a session advisory lock held on one
 * connection (passed to `work`; it may use the pool too), on SQLite at once (one writer anyway). Schema
 * changes made outside migrate() (better-auth's tables) take the same lock.
 */
export async function withMigrationLock<T>(
  store: Store,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.dialect === 'sqlite') return work(store.db);
  return store.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}

/**
 * The migrator of a store (or of one of its connections). On PostgreSQL it names the schema of Kysely's own
 * tables: without it Kysely takes a migration table in any schema of the database for this one's, and two
 * stores in two schemas (tests, tenants) collide.
 */
export async function migratorFor(
  db: Kysely<Database>,
  dialect: Store['dialect'],
): Promise<Migrator> {
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(dialect)) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

async function migrateOn(db: Kysely<Database>, dialect: Store['dialect']): Promise<void> {
  const migrator = await migratorFor(db, dialect);
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed)
    throw new Error(
      `Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
}

let application: Promise<Store> | undefined;

/**
 * The application's store, opened and migrated once per process: DATABASE_URL, else SQLite under
 * CONFORME_DATA_DIR or data/. A failed open is forgotten, so the next call tries again.
 */
export function appStore(): Promise<Store> {
  application ??= (async () => {
    const store = openStore({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: process.env.CONFORME_DATA_DIR,
    });
    await migrate(store);
    return store;
  })().catch((error: unknown) => {
    application = undefined;
    throw error;
  });
  return application;
}
