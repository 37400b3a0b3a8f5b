import { escapeHtml, safeHref } from '../html/escape';
import type { Block, Inline, Notice } from './model';

export type NoticeFormat = 'html' | 'text' | 'md';

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  const href = safeHref(part.href);
  return href
    ? `<a href="${escapeHtml(href)}">${escapeHtml(part.text)}</a>`
    : escapeHtml(part.text);
}

function inlinesHtml(parts: readonly Inline[]): string {
  let out = '';
  for (const part of parts) out += inlineHtml(part);
  return out;
}

function blockHtml(block: Block): string {
  if (block.kind === 'p') return `<p>${inlinesHtml(block.parts)}</p>`;
  let items = '';
  for (const item of block.items) items += `<li>${inlinesHtml(item)}</li>`;
  return `<ul>${items}</ul>`;
}

/** HTML fragment; every string from the definition is escaped here and nowhere else. */
export function renderHtml(notice: Notice): string {
  let body = '';
  if (notice.layer === 'short') {
    for (const section of notice.sections)
      for (const block of section.blocks) body += blockHtml(block);
    return `<div class="cf-mention" lang="${notice.lang}" data-layer="short">${body}</div>`;
  }
  for (const s of notice.sections) {
    body += `<section id="cf-${s.id}" data-section="${s.id}"><h2>${escapeHtml(s.heading)}</h2>`;
    for (const block of s.blocks) body += blockHtml(block);
    body += '</section>';
  }
  return `<article class="cf-notice" lang="${notice.lang}" data-layer="full"><h1>${escapeHtml(notice.title)}</h1>${body}</article>`;
}

const inlineText = (part: Inline) =>
  typeof part === 'string'
    ? part
    : 'strong' in part
      ? part.strong
      : part.href.startsWith('mailto:')
        ? part.text
        : `${part.text} (${part.href})`;

export function renderText(notice: Notice): string {
  const out: string[] = [notice.title.toLocaleUpperCase(), ''];
  for (const section of notice.sections) {
    if (notice.layer === 'full') out.push(section.heading, '');
    for (const block of section.blocks) {
      if (block.kind === 'p') out.push(block.parts.map(inlineText).join(''));
      else out.push(...block.items.map((item) => `  - ${item.map(inlineText).join('')}`));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const escapeMd = (s: string) =>
  s.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/^([-+]|\d+\.)(\s)/, '\\$1$2');

function inlineMd(part: Inline): string {
  if (typeof part === 'string') return escapeMd(part);
  if ('strong' in part) return `**${escapeMd(part.strong)}**`;
  const href = safeHref(part.href);
  return href
    ? `[${escapeMd(part.text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMd(part.text);
}

export function renderMarkdown(notice: Notice): string {
  const out: string[] = [`# ${escapeMd(notice.title)}`, ''];
  for (const section of notice.sections) {
    if (notice.layer === 'full') out.push(`## ${escapeMd(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'p') out.push(block.parts.map(inlineMd).join(''));
      else out.push(...block.items.map((item) => `- ${item.map(inlineMd).join('')}`));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderNotice(notice: Notice, format: NoticeFormat): string {
  return format === 'html'
    ? renderHtml(notice)
    : format === 'md'
      ? renderMarkdown(notice)
      : renderText(notice);
}
