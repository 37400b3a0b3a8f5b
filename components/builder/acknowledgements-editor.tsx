'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import type { FormDefinitionInput } from '@/lib/form';
import { LocalizedInput, TextInput } from './inputs';
import { Editable } from './read-only';

export function AcknowledgementsEditor() {
  const { control, getValues } = useFormContext<FormDefinitionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'acknowledgements' });
  return (
    <section className="panel" aria-labelledby="sec-acks" data-path="acknowledgements">
      <h2 id="sec-acks">Acknowledgements</h2>
      <p className="hint">
        Boxes the visitor must tick, such as accepting contest rules. Never a marketing consent.
      </p>
      {fields.map((f, i) => (
        <fieldset key={f.id} className="item" data-path={`acknowledgements.${i}`}>
          <legend>Acknowledgement {i + 1}</legend>
          <TextInput name={`acknowledgements.${i}.id`} label="Id" />
          <LocalizedInput name={`acknowledgements.${i}.label`} label="Label" />
          <TextInput
            name={`acknowledgements.${i}.documentUrl`}
            type="url"
            label="Document link"
            optional
          />
          <Editable>
            <button type="button" className="button subtle danger" onClick={() => remove(i)}>
              Remove acknowledgement {i + 1}
            </button>
          </Editable>
        </fieldset>
      ))}
      <Editable>
        <button
          type="button"
          className="button subtle"
          onClick={() =>
            append({
              id: `ack_${getValues('acknowledgements').length + 1}`,
              label: {
                fr: "J'accepte les conditions générales.",
                en: 'I accept the terms and conditions.',
              },
            })
          }
        >
          Add acknowledgement
        </button>
      </Editable>
    </section>
  );
}
