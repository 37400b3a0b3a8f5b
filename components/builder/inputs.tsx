'use client';

import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { FormDefinitionInput, Lang } from '@/lib/form';
import { idFor } from './paths';

const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

function useError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  const error: unknown = get(errors, name);
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message;
  return undefined;
}

export function FieldError({ name }: { name: string }) {
  const message = useError(name);
  return message ? (
    <p className="field-error" id={`${idFor(name)}-error`}>
      {message}
    </p>
  ) : null;
}

type TextProps = {
  name: string;
  label: ReactNode;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url' | 'date' | 'number';
  /** Optional inputs store undefined, not '', so optional emails and URLs validate. */
  optional?: boolean;
  placeholder?: string;
};

export function TextInput({
  name,
  label,
  hint,
  multiline,
  type = 'text',
  optional,
  placeholder,
}: TextProps) {
  const { register } = useFormContext<FormDefinitionInput>();
  const error = useError(name);
  const id = idFor(name);
  // react-hook-form's typed names cannot express paths built at run time; the schema validates every value.
  const path = name as never;
  const registered =
    type === 'number'
      ? // An emptied number is left out (undefined), not NaN, so the draft still saves; the linter reports it.
        register(path, {
          setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)),
        })
      : optional
        ? register(path, { setValueAs: (v: string) => (v === '' ? undefined : v) })
        : register(path);
  const props = {
    id,
    ...registered,
    'aria-invalid': error ? true : undefined,
    'aria-describedby':
      [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined,
    placeholder,
  };
  return (
    <div className="input">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={2} {...props} /> : <input type={type} {...props} />}
      <FieldError name={name} />
    </div>
  );
}

/** One input per language the form is written in. */
export function LocalizedInput({
  name,
  label,
  hint,
  multiline,
}: {
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
}) {
  const languages = useWatch<FormDefinitionInput, 'languages'>({ name: 'languages' });
  return (
    <div className="localized" data-path={name}>
      {languages.map((lang) => (
        <TextInput
          key={lang}
          name={`${name}.${lang}`}
          label={`${label} (${LANG_NAMES[lang]})`}
          hint={hint}
          multiline={multiline}
          optional
        />
      ))}
    </div>
  );
}

export function SelectInput({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
}) {
  const { register } = useFormContext<FormDefinitionInput>();
  const id = idFor(name);
  return (
    <div className="input">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...register(name as never)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </div>
  );
}

export function CheckboxInput({ name, label }: { name: string; label: ReactNode }) {
  const { register } = useFormContext<FormDefinitionInput>();
  const id = idFor(name);
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} {...register(name as never)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
