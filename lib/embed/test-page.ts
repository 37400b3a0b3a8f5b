import type { Lang } from '../form';
import { escapeHtml as e } from '../html/escape';
import type { EmbeddableVersion } from './paths';
import { renderSnippet } from './snippet';

/** A bare host page with the snippet pasted as exported, and host styles the snippet must resist. */
export function testPage(version: EmbeddableVersion, appUrl: string, lang: Lang): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Test page: ${e(version.definition.title)}</title>
<style>body{font-family:Georgia,serif;margin:2rem;background:#fafafa}label{color:purple;text-transform:uppercase}input{border:3px dotted red}form{display:flex}</style></head>
<body><h1>Test page</h1><p>This page pastes the snippet of version ${version.version} exactly as exported, next to deliberately hostile host styles. Submissions made here are real.</p>
${renderSnippet(version, { appUrl, lang })}</body></html>`;
}
