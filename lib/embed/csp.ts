import { createHash } from 'node:crypto';
import type { Lang } from '../form';
import type { EmbeddableVersion } from './paths';
import { embedParts } from './snippet';

/** The CSP source that allows exactly this inline text: its SHA-256 over the UTF-8 bytes, in base64. */
export const cspHashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** One directive of a Content-Security-Policy and the sources the snippet needs in it. */
export type CspDirective = { name: string; sources: string[] };

/**
 * What a host page whose Content-Security-Policy forbids inline styles and scripts must add for the pasted
 * snippet to run as designed: the hashes of the snippet's own inline <style> and <script> (computed from the
 * exact text it carries, so they change with each version and language), and the app's origin, where the
 * script sends the form (connect-src) and where the form posts without the script (form-action).
 */
export function snippetCspDirectives(
  version: EmbeddableVersion,
  { appUrl, lang }: { appUrl: string; lang: Lang },
): CspDirective[] {
  const p = embedParts(version, { appUrl, lang, mode: 'snippet' });
  const origin = new URL(appUrl).origin;
  return [
    { name: 'style-src', sources: [cspHashSource(p.css)] },
    { name: 'script-src', sources: [cspHashSource(p.script)] },
    { name: 'connect-src', sources: [origin] },
    { name: 'form-action', sources: [origin] },
  ];
}

/** The directives as a policy fragment: `style-src 'sha256-…'; script-src 'sha256-…'; connect-src …; form-action …`. */
export const cspFragment = (directives: CspDirective[]) =>
  directives.map((d) => `${d.name} ${d.sources.join(' ')}`).join('; ');
