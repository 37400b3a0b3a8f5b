import { LANGUAGE_NAMES, type FormDefinition } from '@/lib/form';
import { buildNotice, renderHtml } from '@/lib/notice';

/** The short mention and the full notice of each language, as visitors will read them. */
export function NoticesPanel({ definition }: { definition: FormDefinition }) {
  return definition.languages.map((lang) => (
    <div key={lang} className="notice-frame" lang={lang}>
      <h3 lang="en">{LANGUAGE_NAMES[lang]}: short mention</h3>
      {/* Produced by lib/notice's escaping renderer. */}
      <div
        dangerouslySetInnerHTML={{
          __html: renderHtml(buildNotice(definition, { lang, layer: 'short' })),
        }}
      />
      <details>
        <summary>{lang === 'fr' ? 'Notice complète' : 'Full notice'}</summary>
        <div
          dangerouslySetInnerHTML={{
            __html: renderHtml(buildNotice(definition, { lang, layer: 'full' })),
          }}
        />
      </details>
    </div>
  ));
}
