import { createHash } from 'node:crypto';

/**
 * JSON Canonicalization Scheme, RFC 8785 (JCS): the same value always gives the same text, hence the same hash.
 * - object members sorted by their names' UTF-16 code units (§3.2.3), no white space;
 * - numbers as ECMAScript serialises them (§3.2.2.3: shortest round-trip form, `-0` as `0`, exponents from 1e21);
 *   NaN and ±Infinity are not JSON and are refused;
 * - strings as ECMAScript's JSON.stringify writes them (§3.2.2.2); a lone surrogate is not I-JSON and is refused.
 * Values are taken as JSON.stringify would see them (a `toJSON` method is applied, object members whose value is
 * `undefined` are left out), so a value's canonical form is the canonical form of its JSON text. Every record
 * hashed before this module named the standard was hashed with the same output, so old ledgers verify unchanged.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function string(text: string, at: string): string {
  if (LONE_SURROGATE.test(text))
    throw new TypeError(`RFC 8785: lone surrogate in a string at ${at || '(root)'}`);
  return JSON.stringify(text);
}

function serialise(input: unknown, at: string): string {
  const value: unknown = hasToJson(input) ? input.toJSON() : input;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(
          `RFC 8785: ${String(value)} is not a JSON number (at ${at || '(root)'})`,
        );
      return JSON.stringify(value);
    case 'string':
      return string(value, at);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v: unknown, i) => serialise(v ?? null, `${at}[${i}]`)).join(',')}]`;
      const members = Object.entries(value)
        .filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${members.map(([k, v]) => `${string(k, at)}:${serialise(v, `${at}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`RFC 8785: a ${typeof value} is not JSON (at ${at || '(root)'})`);
  }
}

const hasToJson = (value: unknown): value is { toJSON: () => unknown } =>
  typeof value === 'object' &&
  value !== null &&
  'toJSON' in value &&
  typeof value.toJSON === 'function';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
export const hashOf = (value: unknown) => sha256(canonicalJson(value));
