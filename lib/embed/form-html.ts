import {
  isAcknowledgement,
  isBox,
  isField,
  pick,
  visitorInputs,
  type AcknowledgementInput,
  type BoxInput,
  type FieldInput,
  type FormDefinition,
  type Lang,
} from '../form';
import { escapeHtml as e, safeHref } from '../html/escape';
import { messagesFor } from '../messages';
import { buildNotice, renderHtml } from '../notice';

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

const REQUIRED_MARK = `<span class="cf-req" aria-hidden="true"> *</span>`;

function control(input: FieldInput, id: string): string {
  const common = `id="${id}" name="${e(input.name)}"${input.required ? ' required aria-required="true"' : ''} aria-describedby="${id}-error"`;
  if (input.control === 'textarea')
    return `<textarea ${common} rows="4" maxlength="${input.maxLength}"></textarea>`;
  if (input.control === 'select') {
    const options = input.options
      .map((o) => `<option value="${e(o.value)}">${e(o.label)}</option>`)
      .join('');
    return `<select ${common}><option value="">—</option>${options}</select>`;
  }
  const auto = input.autocomplete ? ` autocomplete="${input.autocomplete}"` : '';
  return `<input ${common} type="${input.inputType}"${auto} maxlength="${input.maxLength}">`;
}

const field = (input: FieldInput, px: string) => {
  const id = `${px}-f-${input.key}`;
  const mark = input.required ? REQUIRED_MARK : '';
  return `<div class="cf-field"><label for="${id}">${e(input.label)}${mark}</label>${control(input, id)}<p class="cf-error" id="${id}-error" hidden></p></div>`;
};

const box = (input: BoxInput, px: string) => {
  const id = `${px}-${input.kind === 'consent' ? 'c' : 'o'}-${input.id}`;
  return `<div class="cf-check"><input type="checkbox" id="${id}" name="${e(input.name)}" value="yes"><label for="${id}">${e(input.label)}</label></div>`;
};

const acknowledgement = (input: AcknowledgementInput, px: string, document: string) => {
  const id = `${px}-a-${input.id}`;
  const href = input.documentUrl ? safeHref(input.documentUrl) : undefined;
  const link = href ? ` <a href="${e(href)}" target="_blank" rel="noopener">(${document})</a>` : '';
  return `<div class="cf-check cf-ack"><input type="checkbox" id="${id}" name="${e(input.name)}" value="yes" required aria-required="true" aria-describedby="${id}-error"><label for="${id}">${e(input.label)}${REQUIRED_MARK}${link}</label><p class="cf-error" id="${id}-error" hidden></p></div>`;
};

/**
 * The form as visitors see it: fields, consent boxes (never ticked), acknowledgements, submit button and the
 * short mention, from the definition's visitor inputs. Every string of the definition is escaped here. Pure:
 * the bytes are hashed at publication, so a change here is a change of every published form's fingerprint.
 */
export function renderFormHtml(def: FormDefinition, options: FormHtmlOptions): string {
  const { lang } = options;
  const t = messagesFor(lang).form;
  const px = options.idPrefix ?? 'cf';
  const inputs = visitorInputs(def, lang);
  const parts: string[] = [];

  const intro = pick(def.intro, lang);
  if (intro) parts.push(`<p class="cf-intro">${e(intro)}</p>`);
  for (const input of inputs.filter(isField)) parts.push(field(input, px));
  const boxes = inputs.filter(isBox).map((input) => box(input, px));
  if (boxes.length)
    parts.push(
      `<fieldset class="cf-choices"><legend>${e(t.choices)}</legend>${boxes.join('')}</fieldset>`,
    );
  for (const input of inputs.filter(isAcknowledgement))
    parts.push(acknowledgement(input, px, e(t.document)));

  const hidden = Object.entries(options.hidden ?? {})
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('');
  const mention = renderHtml(
    buildNotice(def, { lang, layer: 'short', noticeUrl: options.noticeUrl }),
  );
  const action = options.action ? ` action="${e(options.action)}" method="post"` : '';
  return (
    `<form class="cf-form" lang="${lang}"${action}>${hidden}${parts.join('')}` +
    `<p class="cf-status" role="status" aria-live="polite"></p><button type="submit" class="cf-submit">${e(pick(def.submitLabel, lang))}</button>${mention}</form>`
  );
}
