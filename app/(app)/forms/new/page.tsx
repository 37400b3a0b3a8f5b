import type { Metadata } from 'next';
import { requireAccess } from '@/lib/auth/access';
import { REFERENCES } from '@/lib/form/references';
import { ImportForm } from '@/components/forms/import-form';
import { createForm, importForm } from '../actions';

export const metadata: Metadata = { title: 'New form' };
export const dynamic = 'force-dynamic';

export default async function NewFormPage() {
  await requireAccess('forms:write');
  return (
    <>
      <h1>New form</h1>
      <p>
        Templates are complete, lint-clean forms whose notices were reviewed; adapt the controller
        and the wording to your case.
      </p>
      <ul className="cards">
        {REFERENCES.map((ref) => (
          <li key={ref.id} className="card">
            <h2>{ref.name}</h2>
            <p>{ref.summary}</p>
            <form action={createForm}>
              <input type="hidden" name="template" value={ref.id} />
              <button type="submit" className="button" aria-label={`Use the template: ${ref.name}`}>
                Use this template
              </button>
            </form>
          </li>
        ))}
        <li className="card">
          <h2>Blank form</h2>
          <p>
            An email field and nothing else: add your purposes, and the findings panel tells you
            what the law still asks for.
          </p>
          <form action={createForm}>
            <input type="hidden" name="template" value="blank" />
            <button type="submit" className="button primary">
              Start from blank
            </button>
          </form>
        </li>
      </ul>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">Import a definition</h2>
        <p className="hint">
          For forms kept as code: paste a JSON definition; it is checked against the same schema as
          the builder and the CLI.
        </p>
        <ImportForm importAction={importForm} />
      </section>
    </>
  );
}
