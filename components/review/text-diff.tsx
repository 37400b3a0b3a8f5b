import type { TextChange } from '@/lib/review/texts';
import { Words } from './words';

/** The labels and purpose texts that changed: old wording beside the new one, word by word. */
export function TextDiff({ changes }: { changes: TextChange[] }) {
  if (!changes.length) return <p className="hint">No label or purpose text changed.</p>;
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">Text</th>
          <th scope="col">Before (approved)</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key}>
            <th scope="row">
              {c.what} ({c.lang})
            </th>
            <td className="removed" lang={c.lang}>
              <Words parts={c.before} mark="del" />
            </td>
            <td className="added" lang={c.lang}>
              <Words parts={c.after} mark="ins" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
