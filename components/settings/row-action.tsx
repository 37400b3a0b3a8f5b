/** A one-button form posting one hidden value to a server action (remove a member, revoke a token). */
export function RowAction({
  action,
  name,
  value,
  text,
  label,
}: {
  action: (data: FormData) => Promise<void>;
  name: string;
  value: string;
  text: string;
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="button subtle danger" aria-label={label}>
        {text}
      </button>
    </form>
  );
}
