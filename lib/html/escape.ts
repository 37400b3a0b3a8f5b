const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;

/**
 * Escapes text for element content and for attribute values. Every attribute our renderers write is
 * double-quoted, so the apostrophe (frequent in French) needs no escaping.
 */
export function escapeHtml(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIALS, (ch) => HTML_ESCAPES[ch] ?? ch) : value;
}

/** Only web and mail links may become an href; anything else (javascript:, data:) is refused. */
export function safeHref(href: string): string | undefined {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim()) ? href.trim() : undefined;
}
