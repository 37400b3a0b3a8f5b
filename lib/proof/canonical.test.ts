import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, hashOf } from './canonical';

/** A double from its IEEE 754 bits, as RFC 8785 Appendix B lists them. */
const fromBits = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonical JSON (RFC 8785)', () => {
  it('serialises the sample of §3.2.2 as the RFC shows', () => {
    const input: unknown = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    assert.equal(
      canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units, as in §3.2.3', () => {
    const input: unknown = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        ' "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        ' "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    // JSON.parse would reorder "1" first (an integer-like key), so the text itself is compared.
    assert.equal(
      canonicalJson(input),
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  // RFC 8785 Appendix B: IEEE 754 doubles and their ECMAScript serialisation (the reference suite's samples).
  const numbers: [bits: string, text: string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  for (const [bits, text] of numbers)
    it(`serialises the double ${bits} as ${text}`, () => {
      assert.equal(canonicalJson(fromBits(bits)), text);
    });

  it('refuses what is not I-JSON: NaN, infinities, lone surrogates, bigints', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000'])
      assert.throws(
        () => canonicalJson({ n: [fromBits(bits)] }),
        /RFC 8785: .* is not a JSON number \(at \.n\[0\]\)/,
      );
    assert.throws(() => canonicalJson({ s: 'a\uD800b' }), /lone surrogate/);
    assert.throws(() => canonicalJson({ ['\uDC00']: 1 }), /lone surrogate/);
    assert.throws(() => canonicalJson(1n), /bigint is not JSON/);
    assert.equal(canonicalJson('\uD83D\uDE00'), '"😀"');
  });

  it('reads values as JSON.stringify does: toJSON applied, undefined members dropped, undefined items null', () => {
    const value = {
      when: new Date('2026-11-01T10:00:00.000Z'),
      gone: undefined,
      list: [undefined, 1],
    };
    assert.equal(canonicalJson(value), '{"list":[null,1],"when":"2026-11-01T10:00:00.000Z"}');
    assert.equal(canonicalJson(value), canonicalJson(JSON.parse(JSON.stringify(value))));
  });

  it('gives the hash ledgers recorded before the standard was named (old records verify unchanged)', () => {
    // Hashed with the previous implementation (sorted keys over JSON.stringify) before this module changed.
    const record = {
      recordId: 'r-1',
      submissionId: 's-1',
      createdAt: '2026-11-01T10:00:00.000Z',
      form: { id: 'f', version: 2, approval: null },
      consents: [
        {
          id: 'newsletter',
          label:
            'J’accepte de recevoir la lettre d’information de Maison Dupont par email — « offres » & <nouveautés>',
          ticked: false,
        },
      ],
      numbers: [0, -0, 1.5, 1e21, 333333333.3333333],
      unicode: { '€': 1, ö: 2, '\r': 3, '😀': 4 },
      missing: undefined,
      empty: {},
      list: [],
    };
    assert.equal(
      hashOf(record),
      '5225117e9042172b0b057a8ab54d1d61eb6af40c27417f844eb4e9c0fb30eaea',
    );
  });
});
