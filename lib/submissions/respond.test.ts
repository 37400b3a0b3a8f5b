import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { en } from '../messages/en';
import { STORAGE_RETRY_AFTER_S, storageRefusal, type Outcome, type Refusal } from './handle';
import { corsHeaders, proofOf, respond, type RefusalPage } from './respond';

const HASH = 'ab'.repeat(32);

const cors = corsHeaders('https://shop.example', true);
const accepted: Outcome = {
  ok: true,
  status: 200,
  receipt: 'r-1',
  replayed: false,
  record: { chainId: 'ws-1', seq: 7, hash: HASH },
  formId: 'f-1',
  lang: 'en',
  page: 'https://shop.example/offer',
};
const refused: Refusal = {
  ok: false,
  status: 422,
  error: 'Corrigez les champs signalés.',
  fieldErrors: { 'field.email': 'Saisissez une adresse email valide.' },
  lang: 'fr',
};
const seen: [Refusal, string | null][] = [];
const page: RefusalPage = (refusal, back) => {
  seen.push([refusal, back]);
  return Promise.resolve({
    html: '<!doctype html><p>refused</p>',
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'",
    },
  });
};

describe('respond', () => {
  it('thanks in the form language in JSON', async () => {
    const res = await respond(accepted, true, cors, null, page);
    assert.deepEqual(await res.json(), {
      ok: true,
      data: {
        receipt: 'r-1',
        replayed: false,
        record: { chainId: 'ws-1', seq: 7, hash: HASH },
        message: 'Thank you, your request has been recorded.',
      },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://shop.example');
  });

  it('sends a visitor without JavaScript to the thank-you page, with a way back', async () => {
    const res = await respond(accepted, false, cors, null, page);
    assert.equal(res.status, 303);
    assert.equal(
      res.headers.get('location'),
      `/f/f-1/thanks?lang=en&receipt=r-1&proof=${HASH}&back=https%3A%2F%2Fshop.example%2Foffer`,
    );
  });

  it('reads back on the thank-you page only a record hash as proof', () => {
    const at = (proof: string) =>
      new URL(`https://app.test/f/f-1/thanks?proof=${encodeURIComponent(proof)}`);
    assert.equal(proofOf(at(HASH)), HASH);
    for (const forged of ['', 'AB'.repeat(32), `${HASH}0`, '<script>', HASH.slice(1)])
      assert.equal(proofOf(at(forged)), null);
  });

  it('shows a refusal as the page the route renders, with its policy, never cached', async () => {
    const res = await respond(refused, false, cors, 'javascript:alert(1)', page);
    assert.equal(res.status, 422);
    assert.equal(await res.text(), '<!doctype html><p>refused</p>');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'");
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(seen.at(-1), [refused, null], 'only a web page is linked back to');
  });

  it('answers a refusal in JSON with its field errors', async () => {
    const res = await respond(refused, true, cors, null, page);
    assert.deepEqual(await res.json(), {
      ok: false,
      error: 'Corrigez les champs signalés.',
      fieldErrors: { 'field.email': 'Saisissez une adresse email valide.' },
    });
  });

  // A full disk as better-sqlite3 reports it; the line it logs is checked in storage-failure.test.ts.
  const quiet = mock.method(console, 'error', () => undefined);
  const unavailable = storageRefusal(
    Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
    'f-1',
    'en',
  );
  quiet.mock.restore();

  it('tells a script that a submission the store could not write was not recorded, and when to retry', async () => {
    const res = await respond(unavailable, true, cors, null, page);
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), String(STORAGE_RETRY_AFTER_S));
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.deepEqual(await res.json(), { ok: false, error: en.submission.unavailable });
    assert.match(en.submission.unavailable, /not recorded.*Nothing is lost.*send the form again/);
  });

  it('shows a visitor without JavaScript a page in the form language saying Back keeps the answers', async () => {
    const res = await respond(unavailable, false, cors, 'https://shop.example/offer', page);
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), String(STORAGE_RETRY_AFTER_S));
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const [shown, back] = seen.at(-1) ?? assert.fail('no page rendered');
    assert.equal(shown.lang, 'en');
    assert.equal(shown.error, en.submission.unavailablePage);
    assert.match(shown.error, /Back button, which keeps your answers/);
    assert.equal(back, 'https://shop.example/offer');
  });
});
