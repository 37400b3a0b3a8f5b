import { hasText, pick, type Field, type FormDefinition, type Lang } from '../form';
import { escapeHtml as e, safeHref } from '../html/escape';
import { buildNotice, renderHtml } from '../notice';
import { FORM_TEXT } from './labels';

export type FormHtmlOptions = {
  lang: Lang;
  /** Where the form posts; omitted in the builder preview, where the form does not submit. */
  action?: string;
  /** Address of the full notice, linked from the short mention. */
  noticeUrl?: string;
  /** Prefix for element ids, so two forms on one page do not clash. */
  idPrefix?: string;
  /** Hidden inputs added to the form (form version, embed mode…). */
  hidden?: Record<string, string>;
};

const AUTOCOMPLETE: Partial<Record<Field['type'], string>> = {
  email: 'email',
  phone: 'tel',
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  jobTitle: 'organization-title',
  postalCode: 'postal-code',
  address: 'street-address',
  country: 'country-name',
};
const INPUT_TYPE: Partial<Record<Field['type'], string>> = { email: 'email', phone: 'tel' };

function control(field: Field, id: string, lang: Lang): string {
  const common = `id="${id}" name="field.${e(field.key)}"${field.required ? ' required aria-required="true"' : ''} aria-describedby="${id}-error"`;
  const auto = AUTOCOMPLETE[field.type];
  if (field.type === 'textarea') return `<textarea ${common} rows="4" maxlength="5000"></textarea>`;
  if (field.type === 'select') {
    const options = field.options.map((o) => `<option value="${e(o.value)}">${e(pick(o.label, lang))}</option>`).join('');
    return `<select ${common}><option value="">—</option>${options}</select>`;
  }
  return `<input ${common} type="${INPUT_TYPE[field.type] ?? 'text'}"${auto ? ` autocomplete="${auto}"` : ''} maxlength="500">`;
}

function checkbox(name: string, id: string, label: string, extra = ''): string {
  return `<div class="cf-check"><input type="checkbox" id="${id}" name="${name}" value="yes"${extra}><label for="${id}">${label}</label></div>`;
}

/**
 * The form as visitors see it: fields, consent boxes (never ticked), acknowledgements, submit button and the
 * short mention. Every string of the definition is escaped here. Pure.
 */
export function renderFormHtml(def: FormDefinition, options: FormHtmlOptions): string {
  const { lang } = options;
  const t = FORM_TEXT[lang];
  const px = options.idPrefix ?? 'cf';
  const text = (value: Parameters<typeof pick>[0]) => e(pick(value, lang));
  const parts: string[] = [];

  const intro = pick(def.intro, lang);
  if (intro) parts.push(`<p class="cf-intro">${e(intro)}</p>`);

  for (const field of def.fields) {
    const id = `${px}-f-${field.key}`;
    const mark = field.required ? `<span class="cf-req" aria-hidden="true"> *</span>` : '';
    parts.push(
      `<div class="cf-field"><label for="${id}">${text(field.label)}${mark}</label>${control(field, id, lang)}<p class="cf-error" id="${id}-error" hidden></p></div>`,
    );
  }

  const boxes = def.purposes.flatMap((p) => {
    if (p.basis.type === 'consent') return [checkbox(`consent.${e(p.id)}`, `${px}-c-${p.id}`, text(p.label))];
    if (p.marketing && hasText(p.objectionLabel)) return [checkbox(`objection.${e(p.id)}`, `${px}-o-${p.id}`, text(p.objectionLabel))];
    return [];
  });
  if (boxes.length) parts.push(`<fieldset class="cf-choices"><legend>${t.choices}</legend>${boxes.join('')}</fieldset>`);

  for (const ack of def.acknowledgements) {
    const id = `${px}-a-${ack.id}`;
    const href = ack.documentUrl ? safeHref(ack.documentUrl) : undefined;
    const link = href ? ` <a href="${e(href)}" target="_blank" rel="noopener">(${t.document})</a>` : '';
    parts.push(
      `<div class="cf-check cf-ack"><input type="checkbox" id="${id}" name="ack.${e(ack.id)}" value="yes" required aria-required="true" aria-describedby="${id}-error"><label for="${id}">${text(ack.label)}<span class="cf-req" aria-hidden="true"> *</span>${link}</label><p class="cf-error" id="${id}-error" hidden></p></div>`,
    );
  }

  const hidden = Object.entries(options.hidden ?? {})
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('');
  const mention = renderHtml(buildNotice(def, { lang, layer: 'short', noticeUrl: options.noticeUrl }));
  const action = options.action ? ` action="${e(options.action)}" method="post"` : '';
  return (
    `<form class="cf-form" lang="${lang}"${action}>${hidden}${parts.join('')}` +
    `<p class="cf-status" role="status" aria-live="polite"></p><button type="submit" class="cf-submit">${text(def.submitLabel)}</button>${mention}</form>`
  );
}
