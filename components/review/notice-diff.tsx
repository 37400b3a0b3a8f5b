import { sideBySide } from '@/lib/review/diff';
import { Words } from './words';

/** The lines of a rendered notice that changed: the old line beside the new one, changed words marked. */
export function NoticeDiff({
  before,
  after,
  lang,
}: {
  before: string;
  after: string;
  lang: string;
}) {
  const rows = sideBySide(before.split('\n'), after.split('\n'));
  if (!rows.length) return <p className="hint">No change to this notice.</p>;
  return (
    <table className="diff-table" lang={lang}>
      <thead>
        <tr>
          <th scope="col" lang="en">
            Before (approved)
          </th>
          <th scope="col" lang="en">
            Now
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td className="removed">
              {row.before ? (
                <Words
                  parts={row.before.words ?? [{ text: row.before.text, changed: true }]}
                  mark="del"
                />
              ) : null}
            </td>
            <td className="added">
              {row.after ? (
                <Words
                  parts={row.after.words ?? [{ text: row.after.text, changed: true }]}
                  mark="ins"
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
