import { z } from 'zod';
import type { Role } from '../auth/roles';

/** Who reads the workspace audit log: admins and legal reviewers. */
export const mayReadAudit = (role: Role) => role === 'admin' || role === 'legal';

export const AUDIT_PAGE_SIZE = 50;

const querySchema = z.object({ before: z.coerce.number().int().positive().optional() });

/** The page asked for in `?before=<entry id>`; anything malformed reads as the first page. */
export function auditPageQuery(params: Record<string, string | string[] | undefined>) {
  const parsed = querySchema.safeParse({
    before: typeof params.before === 'string' ? params.before : undefined,
  });
  return { before: parsed.success ? parsed.data.before : undefined, limit: AUDIT_PAGE_SIZE };
}
