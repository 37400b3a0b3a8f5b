'use client';

import { useState } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  FIELD_TYPES,
  telephonePurpose,
  type FieldType,
  type FormDefinitionInput,
} from '@/lib/form';
import { CheckboxInput, FieldError, LocalizedInput, TextInput } from './inputs';
import { idFor } from './paths';
import { Editable } from './read-only';
import { ReorderableList } from './reorder';

export const FIELD_TYPE_NAMES: Record<FieldType, string> = {
  email: 'Email',
  phone: 'Phone number',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  jobTitle: 'Job title',
  postalCode: 'Postal code',
  address: 'Address',
  country: 'Country',
  text: 'Free text',
  textarea: 'Long text',
  select: 'Choice list',
};
const DEFAULT_LABELS: Record<FieldType, [string, string]> = {
  email: ['Adresse email', 'Email address'],
  phone: ['Téléphone', 'Telephone'],
  firstName: ['Prénom', 'First name'],
  lastName: ['Nom', 'Last name'],
  company: ['Entreprise', 'Company'],
  jobTitle: ['Fonction', 'Job title'],
  postalCode: ['Code postal', 'Postcode'],
  address: ['Adresse', 'Address'],
  country: ['Pays', 'Country'],
  text: ['Texte', 'Text'],
  textarea: ['Message', 'Message'],
  select: ['Choix', 'Choice'],
};

function uniqueKey(base: string, taken: readonly string[]): string {
  let key = base.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

export function FieldsEditor() {
  const { control, getValues, setValue } = useFormContext<FormDefinitionInput>();
  const { fields, append, remove, move, update } = useFieldArray({ control, name: 'fields' });
  const [type, setType] = useState<FieldType>('phone');
  const [phoneProposal, setPhoneProposal] = useState<number | null>(null);

  const add = () => {
    const taken = getValues('fields').map((f) => f.key);
    const [fr, en] = DEFAULT_LABELS[type];
    const base = { key: uniqueKey(type, taken), label: { fr, en }, required: false, purposes: [] };
    append(
      type === 'select'
        ? {
            ...base,
            type,
            options: [{ value: 'option_1', label: { fr: 'Option 1', en: 'Option 1' } }],
          }
        : { ...base, type },
    );
    setPhoneProposal(type === 'phone' ? fields.length : null);
  };

  const addTelephonePurpose = (fieldIndex: number) => {
    const values = getValues();
    const ids = values.purposes.map((p) => p.id);
    const id = uniqueKey('telephone', ids);
    // Through setValue, which every useFieldArray of 'purposes' hears (the Purposes editor's included); a
    // second useFieldArray's append would change the values but not the editor's rows until a reload.
    setValue(
      'purposes',
      [
        ...values.purposes,
        telephonePurpose(id, values.controller?.name ?? '', values.effectiveDate),
      ],
      { shouldDirty: true },
    );
    const field = values.fields[fieldIndex];
    if (field) update(fieldIndex, { ...field, purposes: [...field.purposes, id] });
    setPhoneProposal(null);
  };

  return (
    <section className="panel" aria-labelledby="sec-fields" data-path="fields">
      <h2 id="sec-fields">Fields</h2>
      {fields.length === 0 ? (
        <p className="hint">No field yet: add at least the email address you need.</p>
      ) : null}
      <ReorderableList
        keys={fields.map((f) => f.id)}
        move={(from, to) => to >= 0 && to < fields.length && move(from, to)}
        label={(i) => `field ${getValues(`fields.${i}.key`) || String(i + 1)}`}
        renderRow={(i) => (
          <FieldRow
            index={i}
            onRemove={() => remove(i)}
            onTypeChange={(t) => {
              const current = getValues(`fields.${i}`);
              const base = {
                key: current.key,
                label: current.label,
                required: current.required,
                purposes: current.purposes,
              };
              update(
                i,
                t === 'select'
                  ? {
                      ...base,
                      type: t,
                      options: [{ value: 'option_1', label: { fr: 'Option 1', en: 'Option 1' } }],
                    }
                  : { ...base, type: t },
              );
            }}
          />
        )}
      />
      {phoneProposal !== null ? (
        <div className="proposal" role="status">
          <p>
            Will you call these numbers to present offers? Telephone canvassing of consumers needs
            its own purpose; Conforme sets the legal basis the law of the effective date requires.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => addTelephonePurpose(phoneProposal)}
          >
            Add the telephone canvassing purpose
          </button>{' '}
          <button type="button" className="button subtle" onClick={() => setPhoneProposal(null)}>
            No, the number is only used to answer the request
          </button>
        </div>
      ) : null}
      <Editable>
        <div className="add-row">
          <label htmlFor="new-field-type">New field</label>
          <select
            id="new-field-type"
            value={type}
            onChange={(e) => setType(FIELD_TYPES.find((t) => t === e.target.value) ?? 'text')}
          >
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {FIELD_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={add}>
            Add field
          </button>
        </div>
      </Editable>
    </section>
  );
}

function FieldRow({
  index,
  onRemove,
  onTypeChange,
}: {
  index: number;
  onRemove: () => void;
  onTypeChange: (type: FieldType) => void;
}) {
  const { control } = useFormContext<FormDefinitionInput>();
  const type = useWatch({ control, name: `fields.${index}.type` });
  const key = useWatch({ control, name: `fields.${index}.key` });
  // Only the ids matter here: typing in a purpose must not re-render every field row.
  const purposeIds = useWatch({
    control,
    name: 'purposes',
    compute: (purposes) => purposes.map((p) => p.id),
  });
  const prefix = `fields.${index}`;
  return (
    <fieldset className="item" data-path={prefix}>
      <legend>
        {FIELD_TYPE_NAMES[type]} <code>{key}</code>
      </legend>
      <div className="row">
        <div className="input">
          <label htmlFor={idFor(`${prefix}.type`)}>Type</label>
          <select
            id={idFor(`${prefix}.type`)}
            value={type}
            onChange={(e) => onTypeChange(FIELD_TYPES.find((t) => t === e.target.value) ?? type)}
          >
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {FIELD_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
        </div>
        <TextInput name={`${prefix}.key`} label="Key" />
      </div>
      <LocalizedInput name={`${prefix}.label`} label="Label" />
      <CheckboxInput name={`${prefix}.required`} label="Mandatory" />
      {type === 'select' ? <OptionsEditor index={index} /> : null}
      <Controller
        control={control}
        name={`fields.${index}.purposes`}
        render={({ field }) => (
          <fieldset className="inline" data-path={`${prefix}.purposes`}>
            <legend>Used for</legend>
            {purposeIds.length === 0 ? <span className="hint">No purpose yet.</span> : null}
            {purposeIds.map((pid) => (
              <label key={pid} className="checkbox">
                <input
                  type="checkbox"
                  name={`${prefix}.purposes`}
                  checked={field.value.includes(pid)}
                  onChange={(e) =>
                    field.onChange(
                      e.target.checked
                        ? [...field.value, pid]
                        : field.value.filter((id) => id !== pid),
                    )
                  }
                />
                {pid}
              </label>
            ))}
            <FieldError name={`${prefix}.purposes`} />
          </fieldset>
        )}
      />
      <Editable>
        <button type="button" className="button subtle danger" onClick={onRemove}>
          Remove field {key}
        </button>
      </Editable>
    </fieldset>
  );
}

function OptionsEditor({ index }: { index: number }) {
  const { control } = useFormContext<FormDefinitionInput>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: `fields.${index}.options` as 'fields.0.options',
  });
  return (
    <fieldset className="inline-list" data-path={`fields.${index}.options`}>
      <legend>Options</legend>
      {fields.map((option, j) => (
        <div key={option.id} className="row">
          <TextInput name={`fields.${index}.options.${j}.value`} label="Value" />
          <LocalizedInput name={`fields.${index}.options.${j}.label`} label="Option" />
          <Editable>
            <button
              type="button"
              className="button subtle"
              onClick={() => remove(j)}
              disabled={fields.length === 1}
            >
              Remove option
            </button>
          </Editable>
        </div>
      ))}
      <Editable>
        <button
          type="button"
          className="button subtle"
          onClick={() =>
            append({
              value: `option_${fields.length + 1}`,
              label: { fr: `Option ${fields.length + 1}`, en: `Option ${fields.length + 1}` },
            })
          }
        >
          Add option
        </button>
      </Editable>
    </fieldset>
  );
}
