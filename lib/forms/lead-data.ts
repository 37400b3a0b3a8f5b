import { z } from 'zod';

/**
 * The confirmation of deleting an archived form's lead data: the form's name typed exactly (spaces at
 * either end ignored), so the action cannot be taken on the wrong form by a slip.
 */
export const leadDataDeletionSchema = (formName: string) =>
  z.object({
    confirm: z
      .string()
      .trim()
      .max(500)
      .refine((typed) => typed === formName.trim(), {
        message: `Type the form name exactly (${formName.trim()}) to confirm.`,
      }),
  });
