import Link from 'next/link';

/** The body of the app's 404 page: what happened, and ways on. */
export function NotFoundPanel() {
  return (
    <section className="status-page" aria-labelledby="not-found-title">
      <p className="status-code">404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p>
        Nothing is at this address: it may be mistyped, or the form or page it named was deleted.
      </p>
      <p>
        <Link href="/forms">Go to the forms</Link> · <Link href="/">Conforme’s home page</Link>
      </p>
    </section>
  );
}
