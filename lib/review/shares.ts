import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../db/connect';

export type ReviewShare = { id: string; createdBy: string | null; createdAt: string };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens are 32 random bytes in base64url: 43 characters. Anything else is not looked up. */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Share links of a form's review: an unguessable token (only its SHA-256 is stored, and it is the share's
 * id), revocable, opening a read-only summary without personal data and its Open Graph card.
 */
export function reviewShares({ db }: Store) {
  return {
    async create(formId: string, actor: string | null): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db
        .insertInto('review_shares')
        .values({
          token_hash: digest(token),
          form_id: formId,
          created_by: actor,
          created_at: new Date().toISOString(),
          revoked_at: null,
        })
        .execute();
      return token;
    },

    /** The live links of a form, newest first. */
    async list(formId: string): Promise<ReviewShare[]> {
      const rows = await db
        .selectFrom('review_shares')
        .select(['token_hash', 'created_by', 'created_at'])
        .where('form_id', '=', formId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.token_hash,
        createdBy: r.created_by,
        createdAt: r.created_at,
      }));
    },

    /** False when the form has no such live link. */
    async revoke(formId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('review_shares')
        .set({ revoked_at: new Date().toISOString() })
        .where('token_hash', '=', id)
        .where('form_id', '=', formId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** The form a live token opens, or undefined (unknown, malformed or revoked alike). */
    async resolve(token: string): Promise<string | undefined> {
      if (!SHARE_TOKEN.test(token)) return undefined;
      const row = await db
        .selectFrom('review_shares')
        .select('form_id')
        .where('token_hash', '=', digest(token))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row?.form_id;
    },
  };
}
