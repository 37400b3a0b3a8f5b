'use client';

import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { FormDefinitionInput } from '@/lib/form';
import { TextInput } from './inputs';

/** A checkbox that adds or removes an optional part of the controller (DPO, EU representative). */
function OptionalPart({
  name,
  label,
  empty,
  children,
}: {
  name: 'controller.dpo' | 'controller.euRepresentative';
  label: string;
  empty: { name: string; address: string } | object;
  children: ReactNode;
}) {
  const { control } = useFormContext<FormDefinitionInput>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div data-path={name}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={field.value !== undefined}
              onChange={(e) => field.onChange(e.target.checked ? empty : undefined)}
            />
            {label}
          </label>
          {field.value !== undefined ? <div className="row">{children}</div> : null}
        </div>
      )}
    />
  );
}

export function ControllerEditor() {
  return (
    <section className="panel" aria-labelledby="sec-controller" data-path="controller">
      <h2 id="sec-controller">Controller</h2>
      <TextInput name="controller.name" label="Legal name" placeholder="Maison Lumière SAS" />
      <TextInput name="controller.address" label="Postal address" />
      <div className="row" data-path="controller.rightsContact">
        <TextInput
          name="controller.rightsContact.email"
          type="email"
          label="Email for exercising rights"
          optional
        />
        <TextInput
          name="controller.rightsContact.url"
          type="url"
          label="or web page for exercising rights"
          optional
        />
      </div>
      <OptionalPart
        name="controller.dpo"
        label="A data protection officer (DPO) is designated"
        empty={{}}
      >
        <TextInput name="controller.dpo.name" label="DPO name" optional />
        <TextInput name="controller.dpo.email" type="email" label="DPO email" optional />
      </OptionalPart>
      <OptionalPart
        name="controller.euRepresentative"
        label="The controller is outside the EU and has a representative in the EU"
        empty={{ name: '', address: '' }}
      >
        <TextInput name="controller.euRepresentative.name" label="Representative" />
        <TextInput name="controller.euRepresentative.address" label="Representative’s address" />
      </OptionalPart>
    </section>
  );
}
