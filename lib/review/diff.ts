import { diffArrays, diffWordsWithSpace } from 'diff';

/** A piece of a changed line; `changed` marks the words that differ from the line it replaced. */
export type DiffPart = { text: string; changed: boolean };
/**
 * One line of a line diff. A line that replaces another (removed and added in the same change) also comes cut
 * into `words`, so a reviewer sees which words of a long paragraph changed.
 */
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string; words?: DiffPart[] };

/** A line diff (jsdiff's Myers diff over lines), removed lines before the lines that replace them. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const out: DiffLine[] = [];
  let removed: DiffLine[] = [];
  for (const change of diffArrays([...before], [...after])) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const lines = change.value.map((text): DiffLine => ({ kind, text }));
    if (kind === 'added') lines.forEach((line, i) => pairWords(removed[i], line));
    removed = kind === 'removed' ? lines : [];
    out.push(...lines);
  }
  return out;
}

/** Marks the words that differ between a removed line and the line that took its place, when they share any. */
function pairWords(removed: DiffLine | undefined, added: DiffLine) {
  if (!removed) return;
  const changes = diffWordsWithSpace(removed.text, added.text);
  if (!changes.some((c) => !c.added && !c.removed && c.value.trim())) return;
  removed.words = partsOf(changes.filter((c) => !c.added).map((c) => [c.value, c.removed]));
  added.words = partsOf(changes.filter((c) => !c.removed).map((c) => [c.value, c.added]));
}

/** Pieces of one side, neighbours of the same kind joined. */
function partsOf(pieces: [string, boolean][]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const [text, changed] of pieces) {
    const last = parts.at(-1);
    if (last?.changed === changed) last.text += text;
    else parts.push({ text, changed });
  }
  return parts;
}

/** A row of a side-by-side diff: the old line on the left, the line that replaced it on the right. */
export type DiffRow = { before?: DiffLine; after?: DiffLine };

/** The changed lines only, side by side: each removed line beside the added line that took its place. */
export function sideBySide(before: readonly string[], after: readonly string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++)
      rows.push({ before: removed[i], after: added[i] });
    removed = [];
    added = [];
  };
  for (const line of diffLines(before, after)) {
    if (line.kind === 'removed') {
      if (added.length) flush();
      removed.push(line);
    } else if (line.kind === 'added') added.push(line);
    else flush();
  }
  flush();
  return rows;
}
