'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth, requireAccess } from '@/lib/auth/access';
import { fieldErrors, passwordChangeSchema } from '@/lib/auth/schemas';
import { fail, type Result } from '@/lib/result';

export async function changePassword(_state: Result<null> | null, data: FormData): Promise<Result<null>> {
  await requireAccess('account');
  const parsed = passwordChangeSchema.safeParse(Object.fromEntries(['currentPassword', 'newPassword', 'confirm'].map((k) => [k, String(data.get(k) ?? '')])));
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrors(parsed.error));
  try {
    await (await getAuth()).api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    return fail('The current password is wrong.', { currentPassword: 'The current password is wrong.' });
  }
  // Every session, this one included, ends with the old password: sign in again with the new one.
  await (await getAuth()).api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect('/sign-in?changed=1');
}

export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect('/sign-in');
}
