import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/intl/format';

type Props = {
  id: string;
  archivedAt: string;
  leadsDeletedAt: string | null;
  submissions: number;
  versions: number;
  /** The admin's lead data deletion control, when the caller may use it and the data is still there. */
  children?: ReactNode;
};

/** The builder's banner for an archived form: closed, what is kept and where to find it. */
export function ArchivedNotice({
  id,
  archivedAt,
  leadsDeletedAt,
  submissions,
  versions,
  children,
}: Props) {
  return (
    <section className="archived-notice" aria-labelledby="archived-title">
      <h2 id="archived-title">Archived</h2>
      <p>
        Archived on <time dateTime={archivedAt}>{formatDateTime(archivedAt)}</time>: this form
        accepts no new submission. Its {submissions} submission
        {submissions === 1 ? '' : 's'}, their proofs and its {versions} published version
        {versions === 1 ? '' : 's'} with their notices are kept:{' '}
        <Link href={`/forms/${id}/submissions`}>submissions and exports</Link>,{' '}
        <Link href={`/forms/${id}/export`}>versions and notices</Link>.
      </p>
      {leadsDeletedAt ? (
        <p role="status">
          Lead data deleted on{' '}
          <time dateTime={leadsDeletedAt}>{formatDateTime(leadsDeletedAt)}</time>: the consent
          records remain.
        </p>
      ) : null}
      {leadsDeletedAt ? null : children}
    </section>
  );
}
