import { diffLines, type DiffLine } from '@/lib/review/diff';

/** The lines of a notice that changed, "− " removed and "+ " added, the changed words of a rewritten line marked. */
export function NoticeDiff({ before, after }: { before: string; after: string }) {
  const changed = diffLines(before.split('\n'), after.split('\n')).filter((l) => l.kind !== 'same');
  return (
    <pre className="diff">
      {changed.map((line, i) => (
        <span key={i} className={line.kind}>
          {line.kind === 'added' ? '+ ' : '− '}
          <Words line={line} />
          {'\n'}
        </span>
      ))}
    </pre>
  );
}

function Words({ line }: { line: DiffLine }) {
  if (!line.words) return line.text;
  const Mark = line.kind === 'added' ? 'ins' : 'del';
  return line.words.map((w, i) => (w.changed ? <Mark key={i}>{w.text}</Mark> : w.text));
}
