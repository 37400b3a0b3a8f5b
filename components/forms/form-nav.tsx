import Link from 'next/link';

const TABS = [
  ['', 'Builder'],
  ['/review', 'Legal review'],
  ['/export', 'Publish & export'],
  ['/submissions', 'Submissions'],
] as const;

/** The tabs of one form's pages; `current` is the suffix of the page shown. */
export function FormNav({ id, current }: { id: string; current: (typeof TABS)[number][0] }) {
  return (
    <nav aria-label="This form" className="form-nav">
      {TABS.map(([suffix, label]) => (
        <Link
          key={suffix}
          href={`/forms/${id}${suffix}`}
          aria-current={suffix === current ? 'page' : undefined}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
