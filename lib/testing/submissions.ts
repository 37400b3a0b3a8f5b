import { randomUUID } from 'node:crypto';
import type { Store } from '../db/connect';
import type { PublishedVersion } from '../publishing/versions';
import { chainOf } from '../submissions/ledger-check';
import { consentRecord, type Provenance } from '../submissions/record';
import type { NewSubmission } from '../submissions/writer';

/**
 * A submission of `version` as the submission path builds it, ready for the repository's save(): the visitor's
 * posted `data` (input names), the lead `fields` kept, and its consent record.
 */
export function newSubmission(
  version: PublishedVersion,
  options: {
    data: Record<string, string | undefined>;
    fields: Record<string, string>;
    createdAt?: string;
    provenance?: Provenance;
    chainId?: string;
  },
): NewSubmission {
  const id = randomUUID();
  const createdAt = options.createdAt ?? new Date().toISOString();
  const provenance = options.provenance ?? {
    origin: null,
    page: null,
    referrer: null,
    utm: {},
    embed: 'hosted',
  };
  const { content, consents } = consentRecord({
    version,
    lang: 'fr',
    data: options.data,
    provenance,
    submissionId: id,
    recordId: randomUUID(),
    createdAt,
    subject: null,
    network: null,
  });
  return {
    id,
    formId: version.formId,
    version: version.version,
    createdAt,
    lang: 'fr',
    fields: options.fields,
    provenance,
    consents,
    idempotencyKey: null,
    ip: null,
    userAgent: null,
    record: content,
    chainId: options.chainId ?? chainOf(null),
  };
}

/** How many leads and consent records the store holds. */
export async function rowCounts(store: Pick<Store, 'db'>) {
  const count = async (table: 'submissions' | 'consent_records') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { submissions: await count('submissions'), records: await count('consent_records') };
}
