import { z } from 'zod';
import { ROLES } from './roles';

const email = z.email({ error: 'Enter a valid email address.' }).trim().toLowerCase();
const password = z
  .string()
  .min(10, { error: 'Use at least 10 characters.' })
  .max(128, { error: 'Use at most 128 characters.' });
const name = z.string().trim().min(1, { error: 'Enter your name.' }).max(100);

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: 'Enter your password.' }),
  next: z.string().optional(),
});
export const setupSchema = z.object({
  workspace: z.string().trim().min(1, { error: 'Name the workspace (your company).' }).max(100),
  name,
  email,
  password,
});
export const acceptSchema = z.object({ name, password });
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'Enter your current password.' }),
    newPassword: password,
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, {
    path: ['confirm'],
    error: 'The two new passwords differ.',
  });
export const inviteSchema = z.object({ email, role: z.enum(ROLES, { error: 'Choose a role.' }) });
export const roleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });
export const tokenSchema = z.object({
  name: z.string().trim().min(1, { error: 'Name the token after what uses it.' }).max(100),
  scopes: z
    .array(z.enum(['forms:read', 'proofs:read', 'leads:read']))
    .min(1, { error: 'Choose at least one scope.' }),
});

/** Only same-site paths may follow sign-in. */
export const safeNext = (next: string | undefined) =>
  next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/forms';
