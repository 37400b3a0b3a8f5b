import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storageFailure, type StorageCause } from './storage-errors';

/** An error as a driver throws it: a message and a `code`. */
const thrown = (code: string, message = 'driver error') =>
  Object.assign(new Error(message), { code });

const table: [string, unknown, StorageCause | undefined][] = [
  // better-sqlite3 (SqliteError.code, extended codes included)
  ['SQLite: disk full', thrown('SQLITE_FULL', 'database or disk is full'), 'disk full'],
  ['SQLite: I/O error', thrown('SQLITE_IOERR'), 'disk error'],
  ['SQLite: extended I/O error', thrown('SQLITE_IOERR_WRITE'), 'disk error'],
  ['SQLite: extended I/O error on fsync', thrown('SQLITE_IOERR_FSYNC'), 'disk error'],
  ['SQLite: busy', thrown('SQLITE_BUSY', 'database is locked'), 'database busy'],
  ['SQLite: busy snapshot', thrown('SQLITE_BUSY_SNAPSHOT'), 'database busy'],
  ['SQLite: locked', thrown('SQLITE_LOCKED'), 'database busy'],
  ['SQLite: read-only', thrown('SQLITE_READONLY'), 'database read-only'],
  ['SQLite: read-only file moved', thrown('SQLITE_READONLY_DBMOVED'), 'database read-only'],
  ['SQLite: cannot open', thrown('SQLITE_CANTOPEN'), 'database unreachable'],
  ['SQLite: out of memory', thrown('SQLITE_NOMEM'), 'out of memory'],
  [
    'SQLite: a transaction SQLite aborted itself (the ROLLBACK after it fails)',
    thrown('SQLITE_ERROR', 'cannot rollback - no transaction is active'),
    'disk full or disk error',
  ],
  // PostgreSQL (SQLSTATE in pg's error.code)
  ['PostgreSQL: disk full', thrown('53100'), 'disk full'],
  ['PostgreSQL: out of memory', thrown('53200'), 'out of memory'],
  ['PostgreSQL: too many connections', thrown('53300'), 'too many connections'],
  ['PostgreSQL: admin shutdown', thrown('57P01'), 'database shutting down'],
  ['PostgreSQL: crash shutdown', thrown('57P02'), 'database shutting down'],
  ['PostgreSQL: cannot connect now', thrown('57P03'), 'database shutting down'],
  ['PostgreSQL: connection failure', thrown('08006'), 'database unreachable'],
  ['PostgreSQL: connection does not exist', thrown('08003'), 'database unreachable'],
  ['PostgreSQL: read-only transaction (a standby)', thrown('25006'), 'database read-only'],
  ['PostgreSQL: I/O error', thrown('58030'), 'disk error'],
  // Two transactions in each other's way: the visitor sends again (chain heads are locked in one order, so
  // this should not happen, but it must not be a 500 if it does)
  ['PostgreSQL: deadlock', thrown('40P01'), 'transaction conflict'],
  ['PostgreSQL: serialization failure', thrown('40001'), 'transaction conflict'],
  // Node's system errors
  ['connection refused', thrown('ECONNREFUSED'), 'database unreachable'],
  ['connection reset', thrown('ECONNRESET'), 'database unreachable'],
  ['timed out', thrown('ETIMEDOUT'), 'database unreachable'],
  ['unknown host', thrown('ENOTFOUND'), 'database unreachable'],
  [
    'refused on every address of a host',
    Object.assign(new AggregateError([thrown('ECONNREFUSED')]), { code: '' }),
    'database unreachable',
  ],
  ['no space left on the device', thrown('ENOSPC'), 'disk full'],
  ['read-only file system', thrown('EROFS'), 'database read-only'],
  // Not storage failures: bugs, which stay a 500
  ['SQLite: constraint', thrown('SQLITE_CONSTRAINT_UNIQUE'), undefined],
  ['SQLite: other SQL error', thrown('SQLITE_ERROR', 'no such table: submissions'), undefined],
  ['SQLite: corrupt file', thrown('SQLITE_CORRUPT'), undefined],
  ['PostgreSQL: unique violation', thrown('23505'), undefined],
  ['PostgreSQL: undefined column', thrown('42703'), undefined],
  ['a plain error', new Error('undefined is not a function'), undefined],
  ['a type error', new TypeError("Cannot read properties of undefined (reading 'x')"), undefined],
  ['a string', 'SQLITE_FULL', undefined],
  ['nothing', undefined, undefined],
];

describe('storage failures', () => {
  for (const [name, error, cause] of table)
    it(`${name} → ${cause ?? 'not a storage failure'}`, () => {
      assert.equal(storageFailure(error)?.cause, cause);
    });

  it('keeps the driver code for the log', () => {
    assert.deepEqual(storageFailure(thrown('SQLITE_IOERR_WRITE')), {
      cause: 'disk error',
      code: 'SQLITE_IOERR_WRITE',
    });
    assert.deepEqual(storageFailure(thrown('53100')), { cause: 'disk full', code: '53100' });
  });
});
