import Link from 'next/link';

type Props = { archived: boolean; live: number; archivedCount: number };

/** Live forms, or the archived ones (closed to submissions, evidence kept): two links, one current. */
export function ArchiveFilter({ archived, live, archivedCount }: Props) {
  return (
    <nav aria-label="Which forms" className="form-nav">
      <Link href="/forms" aria-current={archived ? undefined : 'page'}>
        Live ({live})
      </Link>
      <Link href="/forms?show=archived" aria-current={archived ? 'page' : undefined}>
        Archived ({archivedCount})
      </Link>
    </nav>
  );
}
