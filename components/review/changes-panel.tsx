import type { FormDefinition, Lang } from '@/lib/form';
import { LANGUAGE_NAMES } from '@/lib/form';
import { changedPaths } from '@/lib/forms/diff';
import { textChanges } from '@/lib/review/texts';
import { NoticeDiff } from './notice-diff';
import { TextDiff } from './text-diff';

/** What changed since the last approved version: labels and purpose texts, then each notice, side by side. */
export function ChangesPanel({
  before,
  after,
  beforeNotices,
  afterNotices,
}: {
  before: FormDefinition;
  after: FormDefinition;
  beforeNotices: Partial<Record<Lang, string>>;
  afterNotices: Partial<Record<Lang, string>>;
}) {
  const other = changedPaths(before, after).filter(
    (p) => !/label|description|objectionLabel/.test(p),
  );
  return (
    <section className="panel" aria-labelledby="diff-title">
      <h2 id="diff-title">Changes since the last approved version</h2>
      <h3>Labels and purpose texts</h3>
      <TextDiff changes={textChanges(before, after)} />
      {other.length ? <p>Other settings changed: {other.join(', ')}.</p> : null}
      {after.languages.map((lang) => (
        <details key={lang} open>
          <summary>Notice ({LANGUAGE_NAMES[lang]})</summary>
          <NoticeDiff
            before={beforeNotices[lang] ?? ''}
            after={afterNotices[lang] ?? ''}
            lang={lang}
          />
        </details>
      ))}
    </section>
  );
}
