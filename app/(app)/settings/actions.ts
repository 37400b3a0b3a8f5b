'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { requireAccess } from '@/lib/auth/access';
import { invitationMail, sendMail } from '@/lib/auth/mailer';
import { inviteSchema, roleChangeSchema, tokenSchema } from '@/lib/auth/schemas';
import { dataFor, idSchema } from '@/lib/data';
import { publicUrlFromHeaders } from '@/lib/embed/public-url';
import { fail, fieldErrorsOf, ok, type Result } from '@/lib/result';

/** A text input's value; '' when absent (or a file where text was expected). */
const text = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === 'string' ? value : '';
};

export async function invite(
  _state: Result<{ link: string; sent: boolean }> | null,
  data: FormData,
): Promise<Result<{ link: string; sent: boolean }>> {
  const actor = await requireAccess('members:manage');
  const parsed = inviteSchema.safeParse({
    email: text(data, 'email'),
    role: text(data, 'role'),
  });
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  const token = await (
    await dataFor(actor)
  ).members.invite(parsed.data.email, parsed.data.role, actor.id);
  const link = `${publicUrlFromHeaders(await headers())}/invite/${token}`;
  let sent = false;
  try {
    sent = await sendMail(
      invitationMail(parsed.data.email, actor.workspaceName, parsed.data.role, link),
    );
  } catch {
    sent = false;
  }
  revalidatePath('/settings');
  return ok({ link, sent });
}

export async function changeRole(data: FormData): Promise<void> {
  const actor = await requireAccess('members:manage');
  const parsed = roleChangeSchema.safeParse({ userId: data.get('userId'), role: data.get('role') });
  if (!parsed.success || parsed.data.userId === actor.id) return;
  // A user outside the caller's workspace is as unknown as a user who does not exist.
  if (!(await (await dataFor(actor)).members.setRole(parsed.data.userId, parsed.data.role)))
    notFound();
  revalidatePath('/settings');
}

export async function removeMember(data: FormData): Promise<void> {
  const actor = await requireAccess('members:manage');
  const userId = idSchema.safeParse(data.get('userId'));
  if (!userId.success) notFound();
  if (userId.data === actor.id) return;
  if (!(await (await dataFor(actor)).members.remove(userId.data))) notFound();
  revalidatePath('/settings');
}

export async function setApprovalRequired(data: FormData): Promise<void> {
  const actor = await requireAccess('settings:manage');
  await (await dataFor(actor)).settings.setRequireApproval(data.get('requireApproval') === 'on');
  revalidatePath('/settings');
}

export async function setSelfApproval(data: FormData): Promise<void> {
  const actor = await requireAccess('settings:manage');
  await (
    await dataFor(actor)
  ).settings.setAllowSelfApproval(data.get('allowSelfApproval') === 'on');
  revalidatePath('/settings');
}

export async function createToken(
  _state: Result<{ token: string }> | null,
  data: FormData,
): Promise<Result<{ token: string }>> {
  const actor = await requireAccess('settings:manage');
  const parsed = tokenSchema.safeParse({
    name: text(data, 'name'),
    scopes: data.getAll('scopes').map(String),
  });
  if (!parsed.success) return fail('Check the highlighted fields.', fieldErrorsOf(parsed.error));
  const token = await (
    await dataFor(actor)
  ).tokens.create(parsed.data.name, parsed.data.scopes, actor.id);
  revalidatePath('/settings');
  return ok({ token });
}

export async function revokeToken(data: FormData): Promise<void> {
  const actor = await requireAccess('settings:manage');
  const id = idSchema.safeParse(data.get('id'));
  // Another workspace's token, like an unknown or already revoked one, cannot be revoked from here.
  if (!id.success || !(await (await dataFor(actor)).tokens.revoke(id.data))) notFound();
  revalidatePath('/settings');
}
