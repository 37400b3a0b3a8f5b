'use client';

import { useMemo } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useReadOnly } from './read-only';
import { describeTriggers, detectSector } from '@/lib/compliance/sector';
import { SECTORS, type FormDefinitionInput, type Sector } from '@/lib/form';

const NAMES: Record<Sector, string> = {
  energy_renovation: 'Energy renovation',
  home_adaptation: 'Adapting homes to age or disability',
  other: 'Another sector',
};

/** The business sector: detected from the form's words, confirmed or corrected by the marketer. */
export function SectorEditor() {
  const { control } = useFormContext<FormDefinitionInput>();
  const readOnly = useReadOnly();
  const [title, intro, purposes] = useWatch({ control, name: ['title', 'intro', 'purposes'] });
  const detection = useMemo(
    () => detectSector({ title, intro, purposes }),
    [title, intro, purposes],
  );
  const detected = NAMES[detection.sector];
  return (
    <Controller
      control={control}
      name="sector"
      render={({ field }) => (
        <fieldset className="inline-list" data-path="sector">
          <legend>Business sector</legend>
          <p className="hint" id="sector-detected">
            {detection.sector === 'other'
              ? 'Detected: no sector where telephone canvassing is banned (from the title, introduction and purposes).'
              : `Detected: ${detected}, from ${describeTriggers(detection.triggers)}. Telephone canvassing of consumers is banned in this sector, even with consent.`}
          </p>
          <div className="input">
            <label htmlFor="in-sector">Sector of the business</label>
            <select
              id="in-sector"
              name={field.name}
              ref={field.ref}
              value={field.value ?? ''}
              aria-describedby="sector-detected"
              onBlur={field.onBlur}
              onChange={(e) => field.onChange(SECTORS.find((s) => s === e.target.value))}
            >
              <option value="">Not confirmed: use the detected sector ({detected})</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {NAMES[s]}
                </option>
              ))}
            </select>
          </div>
          {field.value === undefined && !readOnly ? (
            <button
              type="button"
              className="button subtle"
              onClick={() => field.onChange(detection.sector)}
            >
              Confirm the detected sector: {detected}
            </button>
          ) : null}
        </fieldset>
      )}
    />
  );
}
