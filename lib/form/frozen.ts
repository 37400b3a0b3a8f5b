import { parseDefinition, type ParseResult, type Problem } from './parse';
import type { FormDefinition } from './schema';

/**
 * The shape version of a form definition. Every frozen definition (published version, review) is stored with
 * the version it was written under. When the schema changes shape, bump this and add the migration from the
 * previous version to DEFINITION_MIGRATIONS, so definitions frozen earlier still read, render and verify.
 */
export const DEFINITION_SCHEMA_VERSION = 1;

/** Turns a definition of version n into one of version n + 1. Pure; never edited once released. */
export type DefinitionMigration = (definition: Record<string, unknown>) => Record<string, unknown>;

/** Entry n migrates version n to n + 1. Empty while the schema has had one shape. */
export const DEFINITION_MIGRATIONS: Readonly<Partial<Record<number, DefinitionMigration>>> = {};

/** What a reader needs to know of the schema's history; tests pass their own to replay a schema change. */
export type SchemaHistory = {
  current: number;
  migrations: Readonly<Partial<Record<number, DefinitionMigration>>>;
  parse: (input: unknown) => ParseResult;
};

export const SCHEMA_HISTORY: SchemaHistory = {
  current: DEFINITION_SCHEMA_VERSION,
  migrations: DEFINITION_MIGRATIONS,
  parse: parseDefinition,
};

export type FrozenRead =
  | { ok: true; definition: FormDefinition; migrated: boolean }
  | { ok: false; message: string; problems: Problem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a frozen definition with today's schema: migrates it from the version it was stored under, then
 * parses it. The stored JSON itself is never rewritten, so its fingerprint keeps verifying.
 */
export function readFrozenDefinition(
  stored: unknown,
  schemaVersion: number,
  history: SchemaHistory = SCHEMA_HISTORY,
): FrozenRead {
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1)
    return {
      ok: false,
      message: `Unknown definition schema version ${schemaVersion}.`,
      problems: [],
    };
  if (schemaVersion > history.current)
    return {
      ok: false,
      message: `This definition was written with schema version ${schemaVersion}, newer than this Conforme (${history.current}): upgrade the app to read it.`,
      problems: [],
    };
  if (!isRecord(stored))
    return { ok: false, message: 'The stored definition is not a JSON object.', problems: [] };
  let definition = stored;
  for (let v = schemaVersion; v < history.current; v++) {
    const migrate = history.migrations[v];
    if (!migrate)
      return {
        ok: false,
        message: `No migration from definition schema version ${v} to ${v + 1}.`,
        problems: [],
      };
    definition = migrate(structuredClone(definition));
  }
  const parsed = history.parse(definition);
  if (!parsed.ok)
    return {
      ok: false,
      message: `The definition (schema version ${schemaVersion}) does not read with today's schema: ${parsed.problems
        .slice(0, 3)
        .map((p) => `${p.path || 'definition'}: ${p.message}`)
        .join('; ')}`,
      problems: parsed.problems,
    };
  return { ok: true, definition: parsed.data, migrated: schemaVersion !== history.current };
}
