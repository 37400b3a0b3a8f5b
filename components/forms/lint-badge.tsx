import type { Severity } from '@/lib/compliance/types';

export function LintBadge({ counts }: { counts: Record<Severity, number> }) {
  if (counts.blocking) return <span className="badge blocking">{counts.blocking} blocking</span>;
  if (counts.warning)
    return (
      <span className="badge warning">
        {counts.warning} warning{counts.warning > 1 ? 's' : ''}
      </span>
    );
  return <span className="badge clean">Clean</span>;
}
