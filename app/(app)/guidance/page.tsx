import type { Metadata } from 'next';
import Link from 'next/link';
import { RULES } from '@/lib/compliance';

export const metadata: Metadata = { title: 'Guidance' };

export default function GuidancePage() {
  return (
    <>
      <h1>Guidance</h1>
      <ul>
        <li>
          <Link href="/guidance/marketers">Building a lawful lead form</Link> — for marketers
        </li>
        <li>
          <Link href="/guidance/legal">Reviewing a notice</Link> — for legal teams
        </li>
      </ul>
      <h2>The rules Conforme checks</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
            <th scope="col">Legal source</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((rule) => (
            <tr key={rule.id}>
              <td>
                <Link href={`/guidance/rules/${rule.id.toLowerCase()}`}>
                  {rule.id}: {rule.title}
                </Link>
              </td>
              <td>
                {rule.severity}
                {rule.lesser ? `; ${rule.lesser.severity} when ${rule.lesser.when}` : null}
              </td>
              <td>{rule.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
