import type { z } from 'zod';

/** The one result shape of server actions and JSON errors. Field errors are keyed by definition path. */
export type Result<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: string, fieldErrors?: Record<string, string>): Result<never> => ({
  ok: false,
  error,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/**
 * Field errors from a zod error, keyed by the dotted path of the input (`'form'` for the whole value), the
 * first message per input kept. Unrecognised keys are reported on each key; `unknownKey` can word that message.
 */
export function fieldErrorsOf(
  error: z.ZodError,
  unknownKey?: (key: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, message: string) => {
    out[key] ??= message;
  };
  for (const issue of error.issues) {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        put(at ? `${at}.${key}` : key, unknownKey?.(key) ?? issue.message);
    else put(at || 'form', issue.message);
  }
  return out;
}
