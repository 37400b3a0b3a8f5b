/** A labelled input with its error tied by aria-describedby. */
export function AuthField({
  name,
  label,
  type = 'text',
  errors,
  autoComplete,
  defaultValue,
}: {
  name: string;
  label: string;
  type?: string;
  errors?: Record<string, string>;
  autoComplete?: string;
  defaultValue?: string;
}) {
  const error = errors?.[name];
  return (
    <div className="input">
      <label htmlFor={`auth-${name}`}>{label}</label>
      <input
        id={`auth-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `auth-${name}-error` : undefined}
        required
      />
      {error ? (
        <p className="field-error" id={`auth-${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
