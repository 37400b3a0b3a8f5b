'use client';

import { useLayoutEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { lint, type Finding } from '@/lib/compliance';
import {
  formDefinitionSchema,
  problemsOf,
  type FormDefinition,
  type FormDefinitionInput,
  type Lang,
} from '@/lib/form';
import { renderFormHtml } from '@/lib/embed/form-html';
import { formCss } from '@/lib/embed/styles';
import { buildNotice, renderHtml } from '@/lib/notice';
import { FindingsPanel } from './findings-panel';

const PREVIEW_CSS = formCss('.preview-frame');

/** Marks the start of a keystroke's work; the live view measures until its own update is committed. */
export const INPUT_MARK = 'cf-input';

type View = {
  def: FormDefinition;
  findings: Finding[];
  problems: { path: string; message: string }[];
};

function analyse(def: FormDefinition, problems: View['problems']): View {
  const notices = {
    fr: buildNotice(def, { lang: 'fr', layer: 'full' }),
    en: buildNotice(def, { lang: 'en', layer: 'full' }),
  };
  return { def, findings: lint(def, { notices }), problems };
}

export function LiveView({ initial }: { initial: FormDefinition }) {
  // The whole definition: this component (and only it) re-renders on every change.
  const values = useWatch<FormDefinitionInput>();
  const parsed = useMemo(() => formDefinitionSchema.safeParse(values), [values]);
  // While the definition has errors, the preview keeps showing the last valid one (state updated during
  // render, React's pattern for values derived from previous renders).
  const [lastValid, setLastValid] = useState(initial);
  if (parsed.success && parsed.data !== lastValid) setLastValid(parsed.data);
  const def = parsed.success ? parsed.data : lastValid;
  const view = useMemo(
    () => analyse(def, parsed.success ? [] : problemsOf(parsed.error)),
    [def, parsed],
  );
  const [tab, setTab] = useState<'form' | 'notice'>('form');
  const [lang, setLang] = useState<Lang>(initial.languages[0] ?? 'fr');
  const shownLang = view.def.languages.includes(lang) ? lang : (view.def.languages[0] ?? 'fr');
  const html = useMemo(
    () =>
      tab === 'form'
        ? renderFormHtml(view.def, { lang: shownLang, idPrefix: 'pv' })
        : renderHtml(buildNotice(view.def, { lang: shownLang, layer: 'full' })),
    [view.def, tab, shownLang],
  );

  useLayoutEffect(() => {
    if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    performance.measure('cf-refresh', INPUT_MARK);
    performance.clearMarks(INPUT_MARK);
  });

  return (
    <div className="live">
      <section className="panel preview" aria-labelledby="preview-title">
        <div className="preview-bar">
          <h2 id="preview-title">Preview</h2>
          <div role="tablist" aria-label="Preview">
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'form'}
              onClick={() => setTab('form')}
            >
              Form
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'notice'}
              onClick={() => setTab('notice')}
            >
              Full notice
            </button>
          </div>
          <div role="group" aria-label="Preview language">
            {view.def.languages.map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={shownLang === l}
                onClick={() => setLang(l)}
              >
                {l === 'fr' ? 'Français' : 'English'}
              </button>
            ))}
          </div>
        </div>
        {view.problems.length ? (
          <p className="hint">
            The preview shows the last valid version while fields are being fixed.
          </p>
        ) : null}
        <style>{PREVIEW_CSS}</style>
        {/* Produced by our own escaping renderers (lib/embed, lib/notice); the preview form never submits. */}
        <div
          className={tab === 'form' ? 'preview-frame' : 'notice-frame'}
          data-testid={tab === 'form' ? 'form-preview' : 'notice-preview'}
          onSubmit={(e) => e.preventDefault()}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </section>
      <FindingsPanel findings={view.findings} problems={view.problems} />
    </div>
  );
}
