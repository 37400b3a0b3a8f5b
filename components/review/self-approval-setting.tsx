/** The workspace setting behind the no-self-approval rule (off by default). */
export function SelfApprovalSetting({
  allowed,
  action,
}: {
  allowed: boolean;
  action: (data: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="settings">
      <label className="checkbox">
        <input type="checkbox" name="allowSelfApproval" defaultChecked={allowed} />
        The member who submitted a draft for review may also approve it (for one-person teams; the
        approval, the published version and each consent record then say it was self-approved)
      </label>
      <button type="submit" className="button">
        Save
      </button>
    </form>
  );
}
