import { LANGUAGE_NAMES, pick, visitorInputs, type FormDefinition } from '@/lib/form';

/**
 * The form as visitors see it, in each of its languages: every field with its label, every consent,
 * objection and acknowledgement box with its exact label, unticked, and the submit button. Inert: nothing
 * here can be filled in or sent.
 */
export function VisitorPreview({ definition }: { definition: FormDefinition }) {
  return (
    <div className="visitor-preview">
      {definition.languages.map((lang) => (
        <fieldset key={lang} lang={lang} disabled className="visitor-form">
          <legend lang="en">{LANGUAGE_NAMES[lang]}</legend>
          {visitorInputs(definition, lang).map((input) =>
            input.kind === 'field' ? (
              <div key={input.name} className="input">
                <label htmlFor={`preview-${lang}-${input.name}`}>
                  {input.label}
                  {input.required ? ' *' : ''}
                </label>
                {input.control === 'textarea' ? (
                  <textarea id={`preview-${lang}-${input.name}`} rows={2} />
                ) : input.control === 'select' ? (
                  <select id={`preview-${lang}-${input.name}`}>
                    {input.options.map((o) => (
                      <option key={o.value}>{o.label}</option>
                    ))}
                  </select>
                ) : (
                  <input id={`preview-${lang}-${input.name}`} type={input.inputType} />
                )}
              </div>
            ) : (
              <div key={input.name} className="box">
                <label>
                  <input type="checkbox" /> {input.label}
                  {input.required ? ' *' : ''}
                </label>
                <span className="hint" lang="en">
                  {' '}
                  ({input.kind})
                </span>
              </div>
            ),
          )}
          <button type="button" className="button">
            {pick(definition.submitLabel, lang)}
          </button>
        </fieldset>
      ))}
    </div>
  );
}
