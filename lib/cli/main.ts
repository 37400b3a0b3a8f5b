import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { lint, summarize, isBlocked, type Finding } from '../compliance';
import {
  definitionJsonSchema,
  LANGS,
  parseDefinition,
  type FormDefinition,
  type Lang,
} from '../form';
import { buildNotice, renderNotice, type Layer, type NoticeFormat } from '../notice';

export type Io = { out: (text: string) => void; err: (text: string) => void };

export const USAGE = `Usage:
  conforme lint FILE [--date YYYY-MM-DD] [--json]
  conforme notice FILE [--lang fr|en] [--layer short|full] [--format html|text|md] [--date YYYY-MM-DD]
  conforme schema
  conforme verify [--database-url URL] [--data-dir DIR]

Exit codes: 0 success (lint: no blocking finding; verify: chain intact), 1 blocking findings or a broken chain, 2 bad input.`;

/** A message for the user, printed without a stack trace, exit code 2. */
class InputError extends Error {}

const OPTIONS = {
  date: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  layer: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (!found)
    throw new InputError(`--${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  return found;
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    throw new InputError(`--date must be a real date written YYYY-MM-DD (got "${value}").`);
  return value;
}

async function load(file: string | undefined): Promise<FormDefinition> {
  if (!file) throw new InputError('Name the form definition file (JSON).');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'unreadable';
    throw new InputError(`Cannot read ${file}: ${why}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const parsed = parseDefinition(json);
  if (!parsed.ok)
    throw new InputError(
      `${file} is not a valid form definition (${parsed.problems.length} problem${parsed.problems.length > 1 ? 's' : ''}):\n${parsed.problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`,
    );
  return parsed.data;
}

export function formatFindings(file: string, date: string, findings: readonly Finding[]): string {
  const c = summarize(findings);
  const head = `${file}: ${c.blocking} blocking, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info (law in force on ${date})`;
  const body = findings.map(
    (f) =>
      `\n  ${f.severity.padEnd(8)} ${f.ruleId}  at ${f.path}\n           ${f.message}\n           Fix: ${f.fix}\n           Source: ${f.source}`,
  );
  return `${head}${body.join('')}\n${isBlocked(findings) ? 'Export is blocked until every blocking finding is fixed.\n' : ''}`;
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command, file, ...extra] = positionals;
  if (values.help || !command) {
    io.out(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (extra.length) throw new InputError(`Unexpected argument "${extra[0]}".`);
  const date = checkDate(values.date);

  switch (command) {
    case 'schema':
      io.out(`${JSON.stringify(definitionJsonSchema(), null, 2)}\n`);
      return 0;
    case 'verify': {
      const { verifyStore } = await import('./verify');
      const result = await verifyStore(
        {
          databaseUrl: values['database-url'] ?? process.env.DATABASE_URL,
          dataDir: values['data-dir'] ?? process.env.CONFORME_DATA_DIR,
        },
        (line) => io.err(`${line}\n`),
      );
      (result.code === 2 ? io.err : io.out)(
        `${result.code === 2 ? 'conforme: ' : ''}${result.message}\n`,
      );
      return result.code;
    }
    case 'lint': {
      const def = await load(file);
      const on = date ?? def.effectiveDate;
      const findings = lint(def, { date: on });
      io.out(
        values.json
          ? `${JSON.stringify({ file, date: on, counts: summarize(findings), blocked: isBlocked(findings), findings }, null, 2)}\n`
          : formatFindings(file ?? '', on, findings),
      );
      return isBlocked(findings) ? 1 : 0;
    }
    case 'notice': {
      const def = await load(file);
      const lang: Lang = oneOf(values.lang, LANGS, 'lang') ?? def.languages[0] ?? 'fr';
      if (!def.languages.includes(lang))
        throw new InputError(
          `This form is not written in "${lang}"; its languages are: ${def.languages.join(', ')}.`,
        );
      const layer: Layer = oneOf(values.layer, ['short', 'full'] as const, 'layer') ?? 'full';
      const format: NoticeFormat =
        oneOf(values.format, ['html', 'text', 'md'] as const, 'format') ?? 'text';
      io.out(renderNotice(buildNotice(def, { lang, layer, date }), format));
      return 0;
    }
    default:
      throw new InputError(`Unknown command "${command}".\n${USAGE}`);
  }
}

/** Runs the CLI; never throws for bad input: prints a message and returns 2. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (
      error instanceof InputError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.err(`conforme: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
