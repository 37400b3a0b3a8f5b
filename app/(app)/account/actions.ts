'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth, requireAccess } from '@/lib/auth/access';
import { passwordChangeSchema } from '@/lib/auth/schemas';
import { fail, fieldErrorsOf, type Result } from '@/lib/result';

/** A text input's value; '' when absent (or a file where text was expected). */
const text = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === 'string' ? value : '';
};

export async function changePassword(
  _state: Result<null> | null,
  data: FormData,
): Promise<Result<null>> {
  await requireAccess('account');
  const parsed = passwordChangeSchema.safeParse(
    Object.fromEntries(
      ['currentPassword', 'newPassword', 'confirm'].map((k) => [k, text(data, k)]),
    ),
  );
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  try {
    await (
      await getAuth()
    ).api.changePassword({
      body: {
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.newPassword,
        revokeOtherSessions: true,
      },
      headers: await headers(),
    });
  } catch {
    return fail('The current password is wrong.', {
      currentPassword: 'The current password is wrong.',
    });
  }
  // Every session, this one included, ends with the old password: sign in again with the new one.
  await (await getAuth()).api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect('/sign-in?changed=1');
}

export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect('/sign-in');
}
