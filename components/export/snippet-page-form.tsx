/**
 * Asks where the snippet will be pasted, so the snippet carries that address: a visitor without JavaScript
 * (whose browser sends another site only its origin) is then led back to that page after submitting.
 */
export function SnippetPageForm({ page }: { page: string | undefined }) {
  return (
    <form method="get" className="snippet-page" aria-label="Page the snippet goes on">
      <label htmlFor="snippet-page">Address of the page the snippet goes on (optional)</label>
      <input
        id="snippet-page"
        name="page"
        type="url"
        placeholder="https://www.example.com/newsletter"
        defaultValue={page ?? ''}
        aria-describedby="snippet-page-hint"
      />
      <button type="submit" className="button">
        Write it into the snippet
      </button>
      <p className="hint" id="snippet-page-hint">
        With JavaScript off, browsers tell this app only your site&apos;s domain: with the address
        written into the snippet, the thank-you page links back to that page. The iframe and the
        hosted page find it by themselves.
      </p>
    </form>
  );
}
