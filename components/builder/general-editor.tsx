'use client';

import { Controller, useFormContext } from 'react-hook-form';
import { LANGS, LANGUAGE_NAMES, type FormDefinitionInput } from '@/lib/form';
import { FieldError, LocalizedInput, SelectInput, TextInput } from './inputs';
import { SectorEditor } from './sector-editor';

export function GeneralEditor() {
  const { control } = useFormContext<FormDefinitionInput>();
  return (
    <section className="panel" aria-labelledby="sec-general" data-path="title">
      <h2 id="sec-general">Form</h2>
      <TextInput name="title" label="Title (internal)" />
      <LocalizedInput
        name="publicTitle"
        label="Public title"
        hint="What visitors read as the form's name (page heading, notice). Left empty: “Form — ” and the controller's name."
      />
      <SelectInput
        name="context"
        label="Where is the data collected?"
        options={[
          ['lead', 'A lead form (newsletter, download, contest, contact)'],
          ['customer', 'During a sale or a service (checkout, account)'],
        ]}
      />
      <Controller
        control={control}
        name="languages"
        render={({ field }) => (
          <fieldset className="inline" data-path="languages">
            <legend>Languages</legend>
            {LANGS.map((lang) => (
              <label key={lang} className="checkbox">
                <input
                  type="checkbox"
                  name="languages"
                  checked={field.value.includes(lang)}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked
                        ? LANGS.filter((l) => l === lang || field.value.includes(l))
                        : field.value.filter((l) => l !== lang),
                    )
                  }
                />
                {LANGUAGE_NAMES[lang]}
              </label>
            ))}
            <FieldError name="languages" />
          </fieldset>
        )}
      />
      <TextInput
        name="effectiveDate"
        type="date"
        label="Effective date of the notice"
        hint="The law in force on this date applies (telephone canvassing changed on 11 August 2026)."
      />
      <LocalizedInput name="intro" label="Introduction" multiline />
      <SectorEditor />
      <LocalizedInput name="submitLabel" label="Submit button" />
    </section>
  );
}
