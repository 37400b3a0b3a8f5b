import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="container" id="main">
      <h1>Not allowed</h1>
      <p>
        Your role in this workspace does not give access to this page. Ask an administrator if you
        need it.
      </p>
      <p>
        <Link href="/forms">Back to the forms</Link>
      </p>
    </main>
  );
}
