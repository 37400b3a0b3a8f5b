/** The one result shape of server actions and JSON errors. Field errors are keyed by definition path. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: string, fieldErrors?: Record<string, string>): Result<never> => ({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) });
