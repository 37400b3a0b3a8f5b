import type { z } from 'zod';
import { formDefinitionSchema, type FormDefinition } from './schema';

export type Problem = { path: string; message: string };
export type ParseResult = { ok: true; data: FormDefinition } | { ok: false; problems: Problem[] };

/** Keys that would let a consent box be pre-ticked or made mandatory; the model has no place for them. */
const FORBIDDEN_CONSENT_KEYS = new Set([
  'checked',
  'defaultChecked',
  'default',
  'defaultValue',
  'preChecked',
  'selected',
  'required',
]);

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, seg) =>
      typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg),
    '',
  );
}

function describe(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const inPurpose = issue.path[0] === 'purposes';
    return issue.keys.map((key) => {
      const at = path ? `${path}.${key}` : key;
      if (inPurpose && FORBIDDEN_CONSENT_KEYS.has(key))
        return {
          path: at,
          message: `A consent box cannot be pre-ticked or mandatory (R-UNCHECKED, R-NOT-CONDITIONAL: GDPR art. 4(11) and 7(4), CJEU C-673/17 Planet49): remove "${key}".`,
        };
      return {
        path: at,
        message: `"${key}" is not part of a form definition: remove it or check its spelling.`,
      };
    });
  }
  const missing = 'input' in issue && issue.input === undefined;
  if (
    missing &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union')
  )
    return [
      {
        path,
        message: `${path || 'The definition'} is missing.${issue.code === 'invalid_type' ? '' : ` ${issue.message}.`}`,
      },
    ];
  if (issue.code === 'invalid_type')
    return [
      {
        path,
        message: `Expected ${issue.expected === 'object' && path === '' ? 'a JSON object' : `a value of type ${issue.expected}`} here.`,
      },
    ];
  return [{ path, message: issue.message }];
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.flatMap(describe);
}

export function parseDefinition(input: unknown): ParseResult {
  const result = formDefinitionSchema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: problemsOf(result.error) };
}
