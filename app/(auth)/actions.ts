'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { accountsStore, getAuth } from '@/lib/auth/access';
import { attemptGate } from '@/lib/auth/attempts';
import { acceptSchema, safeNext, setupSchema, signInSchema } from '@/lib/auth/schemas';
import { signInLang, signInWithLimits } from '@/lib/auth/sign-in';
import { workspaceRepository } from '@/lib/auth/workspaces';
import { fill, messagesFor } from '@/lib/messages';
import { fail, fieldErrorsOf, type Result } from '@/lib/result';
import { clientAddress } from '@/lib/submissions/network';

/** A text input's value; '' when absent (or a file where text was expected). */
const text = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === 'string' ? value : '';
};

export async function signIn(_state: Result<never> | null, data: FormData): Promise<Result<never>> {
  const parsed = signInSchema.safeParse({
    email: text(data, 'email'),
    password: text(data, 'password'),
    next: text(data, 'next') || undefined,
  });
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  const h = await headers();
  const outcome = await signInWithLimits(await getAuth(), attemptGate(await accountsStore()), {
    email: parsed.data.email,
    password: parsed.data.password,
    address: clientAddress(h),
    headers: h,
  });
  if (!outcome.ok) {
    // A server action cannot set Retry-After: the message says how long to wait.
    const text = messagesFor(signInLang(h)).signIn;
    return fail(
      outcome.reason === 'limited'
        ? fill(text.limited, { minutes: Math.ceil(outcome.retryAfter / 60) })
        : text.refused,
    );
  }
  redirect(safeNext(parsed.data.next));
}

/** First run: creates the first administrator and the workspace. Refused once any account exists. */
export async function setUp(_state: Result<never> | null, data: FormData): Promise<Result<never>> {
  const store = await accountsStore();
  const workspaces = workspaceRepository(store);
  if ((await workspaces.userCount()) > 0)
    return fail('An administrator already exists: sign in instead.');
  const parsed = setupSchema.safeParse({
    workspace: text(data, 'workspace'),
    name: text(data, 'name'),
    email: text(data, 'email'),
    password: text(data, 'password'),
  });
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  const { user } = await (
    await getAuth()
  ).api.signUpEmail({
    body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password },
    headers: await headers(),
  });
  await workspaces.createWorkspace(parsed.data.workspace, user.id);
  redirect('/forms');
}

export async function acceptInvitation(
  token: string,
  _state: Result<never> | null,
  data: FormData,
): Promise<Result<never>> {
  const workspaces = workspaceRepository(await accountsStore());
  const invitation = await workspaces.invitation(token);
  if (!invitation)
    return fail('This invitation is unknown, used or expired: ask an administrator for a new one.');
  const parsed = acceptSchema.safeParse({
    name: text(data, 'name'),
    password: text(data, 'password'),
  });
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  let userId: string;
  try {
    const { user } = await (
      await getAuth()
    ).api.signUpEmail({
      body: { name: parsed.data.name, email: invitation.email, password: parsed.data.password },
      headers: await headers(),
    });
    userId = user.id;
  } catch {
    return fail(
      'An account already exists for this address: sign in, then ask an administrator to add you.',
    );
  }
  await workspaces.acceptInvitation(token, userId);
  redirect('/forms');
}
