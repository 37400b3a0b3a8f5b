'use client';

import { useId, useState } from 'react';

/** Read-only code with a copy button that says when it worked. */
export function CopyField({
  label,
  value,
  rows = 6,
}: {
  label: string;
  value: string;
  rows?: number;
}) {
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        spellCheck={false}
      />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard.writeText(value).then(
              () => setCopied('done'),
              () => setCopied('failed'),
            );
          }}
        >
          Copy {label.toLowerCase()}
        </button>
        <span role="status" aria-live="polite">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copy failed: select the text and copy it.'
              : ''}
        </span>
      </div>
    </div>
  );
}
