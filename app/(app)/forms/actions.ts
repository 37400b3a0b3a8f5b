'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requestActor, requireAccess, type Actor } from '@/lib/auth/access';
import { refusalFor, type Permission } from '@/lib/auth/roles';
import { blankDefinition, formDefinitionSchema, parseDefinition } from '@/lib/form';
import { REFERENCES, loadReference } from '@/lib/form/references';
import { embedSettingsSchema } from '@/lib/forms/embed-settings';
import { dataFor, formOrNotFound } from '@/lib/data';
import type { ChainCheck } from '@/lib/proof/ledger';
import { fail, fieldErrorsOf, ok, type Result } from '@/lib/result';

/** A text input's value; '' when absent (or a file where text was expected). */
const text = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === 'string' ? value : '';
};

export async function createForm(formData: FormData): Promise<void> {
  const actor = await requireAccess('forms:write');
  const template = text(formData, 'template') || 'blank';
  const reference = REFERENCES.find((r) => r.id === template);
  const definition = reference
    ? loadReference(reference.id)
    : formDefinitionSchema.parse(blankDefinition());
  const id = await (await dataFor(actor)).forms.create(definition, actor.id);
  redirect(`/forms/${id}`);
}

/**
 * For actions whose caller shows their Result: a role without the permission gets a refusal it can show
 * ("You are not allowed to …"), not a thrown 403 that a client would take for a network failure.
 */
async function actorOr(permission: Permission): Promise<{ actor: Actor } | { refused: string }> {
  const actor = await requestActor();
  if (!actor) redirect('/sign-in');
  const refused = refusalFor(actor.role, permission);
  return refused ? { refused } : { actor };
}

// Every action below that takes a form id answers Next's 404 for a form outside the caller's workspace
// (formOrNotFound), the same as for an unknown id: the refusal is visible, never a silent no-op.

export async function saveDraft(
  id: string,
  input: unknown,
): Promise<Result<{ updatedAt: string }>> {
  const access = await actorOr('forms:write');
  if ('refused' in access) return fail(access.refused);
  const { actor } = access;
  const form = await formOrNotFound(actor, id);
  const parsed = parseDefinition(input);
  if (!parsed.ok)
    return fail(
      `Not saved: ${parsed.problems.length} field${parsed.problems.length > 1 ? 's need' : ' needs'} fixing.`,
      Object.fromEntries(parsed.problems.map((p) => [p.path, p.message])),
    );
  const result = await form.saveDraft(parsed.data, actor.id);
  return result.saved
    ? ok({ updatedAt: result.updatedAt })
    : fail('This form no longer exists: it may have been deleted.');
}

/** Deletes the form, or archives it when it was published and has submissions (lib/forms/archive.ts). */
export async function deleteForm(id: string): Promise<Result<never>> {
  const access = await actorOr('forms:write');
  if ('refused' in access) return fail(access.refused);
  const { actor } = access;
  const removed = await (await formOrNotFound(actor, id)).remove(actor.id);
  revalidatePath('/forms');
  redirect(removed?.outcome === 'archived' ? '/forms?show=archived' : '/forms');
}

export async function publishForm(
  id: string,
  _state: Result<{ version: number }> | null,
): Promise<Result<{ version: number }>> {
  const access = await actorOr('forms:publish');
  if ('refused' in access) return fail(access.refused);
  const { actor } = access;
  const form = await formOrNotFound(actor, id);
  const requireApproval = await (await dataFor(actor)).settings.requireApproval();
  const result = await form.versions.publish(actor.id, { requireApproval });
  if (!result.ok) return fail(result.error);
  revalidatePath(`/forms/${form.id}/export`);
  return ok({ version: result.version });
}

export async function saveEmbedSettings(
  id: string,
  _state: Result<{ origins: string[] }> | null,
  formData: FormData,
): Promise<Result<{ origins: string[] }>> {
  const actor = await requireAccess('forms:write');
  const form = await formOrNotFound(actor, id);
  const parsed = embedSettingsSchema.safeParse({
    allowedOrigins: text(formData, 'allowedOrigins'),
    recordNetwork: formData.get('recordNetwork') === 'on',
  });
  if (!parsed.success)
    return fail('Not saved: check the allowed origins.', fieldErrorsOf(parsed.error));
  const saved = await form.setEmbedSettings(parsed.data);
  if (!saved) return fail('This form no longer exists.');
  revalidatePath(`/forms/${form.id}/export`);
  return ok({ origins: parsed.data.allowedOrigins });
}

export async function verifyLedger(_state: ChainCheck | null): Promise<ChainCheck> {
  const actor = await requireAccess('proofs:read');
  return (await dataFor(actor)).verifyLedger();
}

export async function importForm(
  _state: Result<never> | null,
  formData: FormData,
): Promise<Result<never>> {
  const actor = await requireAccess('forms:write');
  const source = text(formData, 'definition').trim();
  if (!source) return fail('Paste a form definition (JSON) first.');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return fail(
      `This is not valid JSON: ${error instanceof Error ? error.message : 'unreadable'}.`,
    );
  }
  const parsed = parseDefinition(json);
  if (!parsed.ok)
    return fail(
      `This definition has ${parsed.problems.length} problem${parsed.problems.length > 1 ? 's' : ''}.`,
      Object.fromEntries(parsed.problems.map((p) => [p.path || '(root)', p.message])),
    );
  const id = await (await dataFor(actor)).forms.create(parsed.data, actor.id);
  redirect(`/forms/${id}`);
}
