import type { DiffPart } from '@/lib/review/diff';

/** A text cut into parts, the changed ones marked as deleted (old side) or inserted (new side). */
export function Words({ parts, mark }: { parts: DiffPart[]; mark: 'del' | 'ins' }) {
  const Mark = mark;
  return parts.map((p, i) => (p.changed && p.text.trim() ? <Mark key={i}>{p.text}</Mark> : p.text));
}
