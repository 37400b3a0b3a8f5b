'use client';

import { useEffect, useRef } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  consentLabelTemplate,
  isInEea,
  newPurpose,
  type FormDefinitionInput,
  type LegalBasis,
} from '@/lib/form';
import { CheckboxInput, FieldError, LocalizedInput, SelectInput, TextInput } from './inputs';
import { idFor } from './paths';
import { Editable } from './read-only';

const BASIS_NAMES: [LegalBasis['type'], string][] = [
  ['consent', 'Consent (its own unticked box)'],
  ['contract', 'Contract or steps requested by the person'],
  ['legitimate_interest', 'Legitimate interest'],
  ['legal_obligation', 'Legal obligation'],
];

export function PurposesEditor() {
  const { control, getValues } = useFormContext<FormDefinitionInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'purposes' });
  const add = () => {
    const ids = getValues('purposes').map((p) => p.id);
    let id = 'purpose_1';
    for (let n = 2; ids.includes(id); n++) id = `purpose_${n}`;
    append(newPurpose(id, getValues('controller.name') ?? ''));
  };
  return (
    <section className="panel" aria-labelledby="sec-purposes" data-path="purposes">
      <h2 id="sec-purposes">Purposes</h2>
      {fields.length === 0 ? (
        <p className="hint">
          No purpose yet. Each use of the data is a purpose with one legal basis; consent purposes
          get their own unticked box.
        </p>
      ) : null}
      {fields.map((f, i) => (
        <PurposeRow key={f.id} index={i} onRemove={() => remove(i)} />
      ))}
      <Editable>
        <button type="button" className="button" onClick={add}>
          Add purpose
        </button>
      </Editable>
    </section>
  );
}

/** Keeps a consent label on the lawful template while the marketer has not written their own. */
function useConsentLabelTemplate(index: number) {
  const { control, getValues, setValue } = useFormContext<FormDefinitionInput>();
  const [basis, channel, controller] = useWatch({
    control,
    name: [`purposes.${index}.basis.type`, `purposes.${index}.channel`, 'controller.name'],
  });
  const previous = useRef<{ fr: string; en: string } | null>(null);
  useEffect(() => {
    if (basis !== 'consent') return;
    const next = {
      fr: consentLabelTemplate(controller ?? '', channel, 'fr'),
      en: consentLabelTemplate(controller ?? '', channel, 'en'),
    };
    const before = previous.current;
    previous.current = next;
    if (!before) return;
    for (const lang of ['fr', 'en'] as const) {
      const current = getValues(`purposes.${index}.label.${lang}`) ?? '';
      if (current === '' || current === before[lang])
        setValue(`purposes.${index}.label.${lang}`, next[lang], {
          shouldValidate: true,
          shouldDirty: true,
        });
    }
  }, [basis, channel, controller, index, getValues, setValue]);
}

function PurposeRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control } = useFormContext<FormDefinitionInput>();
  const prefix = `purposes.${index}`;
  const [id, basisType, marketing] = useWatch({
    control,
    name: [`purposes.${index}.id`, `purposes.${index}.basis.type`, `purposes.${index}.marketing`],
  });
  useConsentLabelTemplate(index);
  return (
    <fieldset className="item" data-path={prefix}>
      <legend>
        Purpose <code>{id}</code>
      </legend>
      <TextInput name={`${prefix}.id`} label="Id" />
      <Controller
        control={control}
        name={`purposes.${index}.basis`}
        render={({ field }) => (
          <div className="input" data-path={`${prefix}.basis`}>
            <label htmlFor={idFor(`${prefix}.basis.type`)}>Legal basis</label>
            <select
              id={idFor(`${prefix}.basis.type`)}
              name={`${prefix}.basis.type`}
              value={field.value.type}
              onChange={(e) => {
                const type = BASIS_NAMES.find(([t]) => t === e.target.value)?.[0] ?? 'consent';
                field.onChange(type === 'legitimate_interest' ? { type, interest: {} } : { type });
              }}
            >
              {BASIS_NAMES.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        )}
      />
      {basisType === 'legitimate_interest' ? (
        <LocalizedInput
          name={`${prefix}.basis.interest`}
          label="Legitimate interest pursued"
          multiline
        />
      ) : null}
      {basisType === 'legal_obligation' ? (
        <TextInput name={`${prefix}.basis.reference`} label="Legal reference" optional />
      ) : null}
      <LocalizedInput
        name={`${prefix}.label`}
        label={basisType === 'consent' ? 'Checkbox label' : 'Short name'}
        multiline={basisType === 'consent'}
      />
      <LocalizedInput
        name={`${prefix}.description`}
        label="What the data is used for (a verb phrase: “send you our newsletter”)"
      />
      <div className="row">
        <CheckboxInput name={`${prefix}.marketing`} label="Direct marketing" />
        <SelectInput
          name={`${prefix}.channel`}
          label="Channel"
          options={[
            ['email', 'Email'],
            ['sms', 'SMS'],
            ['phone', 'Telephone'],
            ['post', 'Post'],
            ['none', 'None'],
          ]}
        />
        <SelectInput
          name={`${prefix}.audience`}
          label="Audience"
          options={[
            ['consumers', 'Consumers'],
            ['professionals', 'Professionals'],
          ]}
        />
      </div>
      <RetentionEditor prefix={prefix} />
      <RecipientsEditor index={index} />
      {marketing && basisType === 'legitimate_interest' ? (
        <>
          <LocalizedInput
            name={`${prefix}.objectionLabel`}
            label="Objection box label (unticked: “I do not wish to receive…”)"
            multiline
          />
          <CheckboxInput
            name={`${prefix}.existingCustomerException`}
            label="Relies on the existing-customer exception (soft opt-in)"
          />
        </>
      ) : null}
      <Editable>
        <button type="button" className="button subtle danger" onClick={onRemove}>
          Remove purpose {id}
        </button>
      </Editable>
    </fieldset>
  );
}

function RetentionEditor({ prefix }: { prefix: string }) {
  return (
    <fieldset className="inline-list" data-path={`${prefix}.retention`}>
      <legend>Retention</legend>
      <div className="row">
        <TextInput name={`${prefix}.retention.duration.value`} type="number" label="Duration" />
        <SelectInput
          name={`${prefix}.retention.duration.unit`}
          label="Unit"
          options={[
            ['years', 'years'],
            ['months', 'months'],
            ['days', 'days'],
          ]}
        />
        <SelectInput
          name={`${prefix}.retention.from`}
          label="Starting from"
          options={[
            ['collection', 'collection'],
            ['last_contact', 'the last contact'],
            ['end_of_contract', 'the end of the contract'],
          ]}
        />
      </div>
      <FieldError name={`${prefix}.retention.duration`} />
    </fieldset>
  );
}

function RecipientsEditor({ index }: { index: number }) {
  const { control } = useFormContext<FormDefinitionInput>();
  const prefix = `purposes.${index}`;
  const { fields, append, remove } = useFieldArray({
    control,
    name: `purposes.${index}.recipients`,
  });
  const recipients = useWatch({
    control,
    name: `purposes.${index}.recipients`,
    compute: (rs) => rs.map((r) => ({ kind: r.kind, country: r.country })),
  });
  const hasPartners = recipients.some((r) => r.kind === 'partner');
  return (
    <fieldset className="inline-list" data-path={`${prefix}.recipients`}>
      <legend>Recipients</legend>
      {fields.length === 0 ? <p className="hint">No recipient yet.</p> : null}
      {fields.map((f, j) => {
        const r = `${prefix}.recipients.${j}`;
        const country = recipients[j]?.country ?? 'FR';
        return (
          <div key={f.id} className="recipient" data-path={r}>
            <div className="row">
              <SelectInput
                name={`${r}.kind`}
                label="Kind"
                options={[
                  ['internal', 'Internal department'],
                  ['processor', 'Processor'],
                  ['partner', 'Partner (own marketing)'],
                ]}
              />
              <TextInput name={`${r}.country`} label="Country (ISO code)" />
            </div>
            <LocalizedInput name={`${r}.name`} label="Name" />
            {/^[A-Z]{2}$/.test(country) && !isInEea(country) ? (
              <TransferEditor name={`purposes.${index}.recipients.${j}.transfer`} />
            ) : null}
            <Editable>
              <button type="button" className="button subtle" onClick={() => remove(j)}>
                Remove recipient
              </button>
            </Editable>
          </div>
        );
      })}
      <Editable>
        <button
          type="button"
          className="button subtle"
          onClick={() => append({ kind: 'processor', name: { fr: '', en: '' }, country: 'FR' })}
        >
          Add recipient
        </button>
      </Editable>
      {hasPartners ? (
        <TextInput
          name={`${prefix}.partnersUrl`}
          type="url"
          label="Link to the up-to-date list of partners"
          optional
        />
      ) : null}
    </fieldset>
  );
}

function TransferEditor({ name }: { name: `purposes.${number}.recipients.${number}.transfer` }) {
  const { control } = useFormContext<FormDefinitionInput>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="transfer" data-path={name}>
          <div className="input">
            <label htmlFor={idFor(`${name}.safeguard`)}>
              Safeguard for the transfer outside the EEA
            </label>
            <select
              id={idFor(`${name}.safeguard`)}
              name={`${name}.safeguard`}
              value={field.value?.safeguard ?? ''}
              onChange={(e) => {
                const safeguard = (['adequacy', 'scc', 'bcr'] as const).find(
                  (s) => s === e.target.value,
                );
                field.onChange(safeguard ? { ...field.value, safeguard } : undefined);
              }}
            >
              <option value="">None stated</option>
              <option value="adequacy">Adequacy decision</option>
              <option value="scc">Standard contractual clauses</option>
              <option value="bcr">Binding corporate rules</option>
            </select>
          </div>
          {field.value ? (
            <div className="row">
              <TextInput name={`${name}.reference`} label="Reference" optional />
              <TextInput name={`${name}.copy`} label="How to get a copy" optional />
            </div>
          ) : null}
        </div>
      )}
    />
  );
}
