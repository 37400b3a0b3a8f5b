'use client';

import type { Finding, Severity } from '@/lib/compliance';
import { focusPath } from './paths';

const TITLES: Record<Severity, string> = {
  blocking: 'Blocking',
  warning: 'Warnings',
  info: 'Advice',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function FindingsPanel({
  findings,
  problems,
}: {
  findings: Finding[];
  problems: { path: string; message: string }[];
}) {
  const groups = (['blocking', 'warning', 'info'] as const).map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  }));
  const total = findings.length + problems.length;
  return (
    <section className="panel findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Findings <span className="count">{total === 0 ? 'none' : total}</span>
      </h2>
      <p className="sr-only" role="status" aria-live="polite">
        {groups[0]?.items.length ?? 0} blocking, {plural(groups[1]?.items.length ?? 0, 'warning')}
      </p>
      {total === 0 ? (
        <p className="ok">No finding: this form meets every rule Conforme checks.</p>
      ) : null}
      {problems.length ? (
        <div className="group blocking">
          <h3>To fix before saving ({problems.length})</h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <button type="button" className="finding" onClick={() => focusPath(p.path)}>
                  <span className="where">{p.path}</span> {p.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {groups.map(({ severity, items }) =>
        items.length ? (
          <div key={severity} className={`group ${severity}`}>
            <h3>
              {TITLES[severity]} ({items.length})
            </h3>
            <ul>
              {items.map((f, i) => (
                <li key={`${f.ruleId}:${f.path}:${i}`}>
                  <button
                    type="button"
                    className="finding"
                    onClick={() => focusPath(f.path)}
                    aria-describedby={`finding-${severity}-${i}`}
                  >
                    <span className="rule">{f.ruleId}</span> {f.message}
                  </button>
                  <div id={`finding-${severity}-${i}`} className="finding-detail">
                    <p>
                      <strong>Fix:</strong> {f.fix}
                    </p>
                    <p className="source">
                      <strong>Source:</strong> {f.source} ·{' '}
                      <a href={`/guidance/rules/${f.ruleId.toLowerCase()}`}>
                        Guidance on {f.ruleId}
                      </a>
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}
