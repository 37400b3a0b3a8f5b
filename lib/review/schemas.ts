import { z } from 'zod';
import { ANCHOR } from './anchors';

/** A comment or a reply as the review page's form sends it; a reply takes its thread's anchor. */
export const commentSchema = z.object({
  anchor: z.string().regex(ANCHOR, { error: 'Choose what the comment is about.' }),
  body: z
    .string({ error: 'Write the comment.' })
    .trim()
    .min(1, { error: 'Write the comment.' })
    .max(2000, { error: 'Keep it under 2,000 characters.' }),
  parentId: z.coerce.number().int().positive().optional(),
});

export const decisionSchema = z.enum(['approved', 'changes_requested']);
