import Link from 'next/link';

const TABS = [
  ['', 'Builder'],
  ['/review', 'Legal review'],
  ['/export', 'Publish & export'],
  ['/submissions', 'Submissions'],
] as const;

/**
 * The tabs of one form's pages; `current` is the suffix of the page shown. `submissions` is false for a role
 * that may not read them (viewers): the tab is not offered.
 */
export function FormNav({
  id,
  current,
  submissions = true,
}: {
  id: string;
  current: (typeof TABS)[number][0];
  submissions?: boolean;
}) {
  return (
    <nav aria-label="This form" className="form-nav">
      {TABS.filter(([suffix]) => submissions || suffix !== '/submissions').map(
        ([suffix, label]) => (
          <Link
            key={suffix}
            href={`/forms/${id}${suffix}`}
            aria-current={suffix === current ? 'page' : undefined}
          >
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}
