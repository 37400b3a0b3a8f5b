import Link from 'next/link';

// forbidden() is called by requireAccess inside the signed-in layout, which already holds the page's <main>.
export default function Forbidden() {
  return (
    <section className="status-page" aria-labelledby="forbidden-title">
      <p className="status-code">403</p>
      <h1 id="forbidden-title">Not allowed</h1>
      <p>
        Your role in this workspace does not give access to this page. Ask an administrator if you
        need it.
      </p>
      <p>
        <Link href="/forms">Back to the forms</Link>
      </p>
    </section>
  );
}
