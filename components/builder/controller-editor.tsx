'use client';

import { Controller, useFormContext } from 'react-hook-form';
import type { FormDefinitionInput } from '@/lib/form';
import { TextInput } from './inputs';

export function ControllerEditor() {
  const { control } = useFormContext<FormDefinitionInput>();
  return (
    <section className="panel" aria-labelledby="sec-controller" data-path="controller">
      <h2 id="sec-controller">Controller</h2>
      <TextInput name="controller.name" label="Legal name" placeholder="Maison Lumière SAS" />
      <TextInput name="controller.address" label="Postal address" />
      <div className="row" data-path="controller.rightsContact">
        <TextInput name="controller.rightsContact.email" type="email" label="Email for exercising rights" optional />
        <TextInput name="controller.rightsContact.url" type="url" label="or web page for exercising rights" optional />
      </div>
      <Controller
        control={control}
        name="controller.dpo"
        render={({ field }) => (
          <div data-path="controller.dpo">
            <label className="checkbox">
              <input type="checkbox" checked={field.value !== undefined} onChange={(e) => field.onChange(e.target.checked ? {} : undefined)} />
              A data protection officer (DPO) is designated
            </label>
            {field.value !== undefined ? (
              <div className="row">
                <TextInput name="controller.dpo.name" label="DPO name" optional />
                <TextInput name="controller.dpo.email" type="email" label="DPO email" optional />
              </div>
            ) : null}
          </div>
        )}
      />
      <Controller
        control={control}
        name="controller.euRepresentative"
        render={({ field }) => (
          <div data-path="controller.euRepresentative">
            <label className="checkbox">
              <input type="checkbox" checked={field.value !== undefined} onChange={(e) => field.onChange(e.target.checked ? { name: '', address: '' } : undefined)} />
              The controller is outside the EU and has a representative in the EU
            </label>
            {field.value !== undefined ? (
              <div className="row">
                <TextInput name="controller.euRepresentative.name" label="Representative" />
                <TextInput name="controller.euRepresentative.address" label="Representative’s address" />
              </div>
            ) : null}
          </div>
        )}
      />
    </section>
  );
}
