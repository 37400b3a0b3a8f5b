/**
 * Why the store could not record a submission, named for the operator's log. A storage failure is the
 * visitor's cue to send the submission again later (503); any other error is a bug and stays a 500.
 */
export type StorageCause =
  | 'disk full'
  | 'disk error'
  | 'disk full or disk error'
  | 'database busy'
  | 'database read-only'
  | 'database unreachable'
  | 'database shutting down'
  | 'out of memory'
  | 'too many connections'
  | 'transaction conflict'
  | 'ledger head does not verify'
  | 'signing key differs from the ledger key';

export type StorageFailure = { cause: StorageCause; code: string };

/** better-sqlite3's result codes (extended codes such as SQLITE_IOERR_WRITE share their primary's cause). */
const SQLITE: Record<string, StorageCause> = {
  SQLITE_FULL: 'disk full',
  SQLITE_IOERR: 'disk error',
  SQLITE_BUSY: 'database busy',
  SQLITE_LOCKED: 'database busy',
  SQLITE_READONLY: 'database read-only',
  SQLITE_CANTOPEN: 'database unreachable',
  SQLITE_NOMEM: 'out of memory',
};

/** PostgreSQL SQLSTATE codes; a class (two characters) stands for every code in it. */
const POSTGRES: Record<string, StorageCause> = {
  '53100': 'disk full',
  '53200': 'out of memory',
  '53300': 'too many connections',
  '57P01': 'database shutting down',
  '57P02': 'database shutting down',
  '57P03': 'database shutting down',
  '58030': 'disk error',
  '25006': 'database read-only',
  '40001': 'transaction conflict',
  '40P01': 'transaction conflict',
  '08': 'database unreachable',
};

/** Node's system errors when a socket or a file cannot be reached. */
const SYSTEM: Record<string, StorageCause> = {
  ECONNREFUSED: 'database unreachable',
  ECONNRESET: 'database unreachable',
  ETIMEDOUT: 'database unreachable',
  ENOTFOUND: 'database unreachable',
  EAI_AGAIN: 'database unreachable',
  EHOSTUNREACH: 'database unreachable',
  ENETUNREACH: 'database unreachable',
  EPIPE: 'database unreachable',
  ENOSPC: 'disk full',
  EDQUOT: 'disk full',
  EIO: 'disk error',
  EROFS: 'database read-only',
};

/**
 * When SQLite rolls a transaction back itself (on a full disk or an I/O error; a lock or memory running out
 * would too, but one connection with a busy timeout makes them unlikely), the ROLLBACK that Kysely sends next
 * fails with this message and hides the first error's code.
 */
const ABORTED_BY_SQLITE = 'cannot rollback - no transaction is active';

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string' && error.code) return error.code;
  // Node reports a connection refused on every address of a host as an AggregateError of system errors.
  if ('errors' in error && Array.isArray(error.errors)) return codeOf(error.errors[0]);
  return undefined;
}

/**
 * The chain head a submission would extend does not carry the app's signature (it was moved, or its
 * signature removed, outside the app): nothing is appended over it until an operator has looked.
 */
export class LedgerHeadError extends Error {
  readonly code = 'CONFORME_LEDGER_HEAD';
}

/**
 * This app server signs with another key than the one the database's ledger is signed with (two servers
 * that each generated their own): it appends nothing, rather than sign heads the others cannot check.
 */
export class SigningKeyMismatchError extends Error {
  readonly code = 'CONFORME_SIGNING_KEY';
}

/** The storage failure behind `error`, or undefined when it is not one (a bug, to surface as such). */
export function storageFailure(error: unknown): StorageFailure | undefined {
  if (error instanceof SigningKeyMismatchError)
    return { cause: 'signing key differs from the ledger key', code: error.code };
  if (error instanceof LedgerHeadError)
    return { cause: 'ledger head does not verify', code: error.code };
  const code = codeOf(error);
  if (!code) return undefined;
  const sqlite = SQLITE[code] ?? SQLITE[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')];
  if (sqlite) return { cause: sqlite, code };
  if (
    code === 'SQLITE_ERROR' &&
    error instanceof Error &&
    error.message.startsWith(ABORTED_BY_SQLITE)
  )
    return { cause: 'disk full or disk error', code };
  if (/^[0-9A-Z]{5}$/.test(code)) {
    const pg = POSTGRES[code] ?? POSTGRES[code.slice(0, 2)];
    if (pg) return { cause: pg, code };
  }
  const system = SYSTEM[code];
  return system ? { cause: system, code } : undefined;
}
