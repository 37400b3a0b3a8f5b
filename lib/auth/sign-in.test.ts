import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeFactories } from '../testing/stores';
import { attemptGate } from './attempts';
import { createAuth, SCRYPT, type PasswordHasher } from './auth';
import { secureCookiesFor, unencryptedOnNetwork } from './cookie-policy';
import { SIGN_IN_LIMITS, signInWithLimits } from './sign-in';

const PASSWORD = 'correct horse battery staple';
const NOW = Date.parse('2026-09-01T09:00:00.000Z');

/** scrypt as in production, counting its calls. */
function countingScrypt() {
  const calls = { hash: 0, verify: 0 };
  const hasher: PasswordHasher = {
    hash: (password) => (calls.hash++, SCRYPT.hash(password)),
    verify: (data) => (calls.verify++, SCRYPT.verify(data)),
  };
  return { calls, hasher };
}

const over = (proto: 'http' | 'https') =>
  new Headers({ host: 'conforme.test:3000', 'x-forwarded-proto': proto });

describe('which requests get Secure cookies', () => {
  const table: [string, Headers, string | undefined, boolean][] = [
    ['plain HTTP on a network address', over('http'), undefined, false],
    ['HTTPS from the proxy', over('https'), undefined, true],
    ['no protocol header', new Headers({ host: 'conforme.test' }), undefined, false],
    [
      'an https public URL, whatever the request says',
      over('http'),
      'https://conforme.example',
      true,
    ],
    ['an http public URL', over('https'), 'http://intranet:3000', false],
  ];
  for (const [name, headers, publicUrl, secure] of table)
    it(name, () => assert.equal(secureCookiesFor(headers, publicUrl), secure));

  it('warns of plain HTTP on a network address, not on the machine itself', () => {
    const at = (host: string) => new Headers({ host, 'x-forwarded-proto': 'http' });
    for (const host of ['conforme.test:3000', '192.168.1.20:3000', 'intranet'])
      assert.equal(unencryptedOnNetwork(at(host), undefined), true, host);
    for (const host of ['localhost:3000', '127.0.0.1:3100', '[::1]:3000', 'app.localhost'])
      assert.equal(unencryptedOnNetwork(at(host), undefined), false, host);
    assert.equal(unencryptedOnNetwork(over('https'), undefined), false);
  });
});

describe('session cookies', () => {
  it('are __Secure- and Secure over HTTPS, plain over HTTP, and each is read only where it belongs', async () => {
    const [factory] = storeFactories();
    const store = await factory?.open();
    if (!store) throw new Error('no SQLite store');
    try {
      const auth = await createAuth(store);
      const body = { name: 'Alice', email: 'alice@example.com', password: PASSWORD };
      await auth.api.signUpEmail({ body, headers: over('http') });
      const cookieOf = async (proto: 'http' | 'https') => {
        const { headers } = await auth.forRequest(over(proto)).api.signInEmail({
          body,
          headers: over(proto),
          returnHeaders: true,
        });
        const session = (headers.get('set-cookie') ?? '')
          .split(/,(?=\s*[\w-]+=)/)
          .find((c) => c.includes('session_token='));
        if (!session) throw new Error('no session cookie');
        return session.trim();
      };
      const secure = await cookieOf('https');
      assert.match(secure, /^__Secure-conforme\.session_token=/);
      assert.match(secure, /; Secure/i);
      const plain = await cookieOf('http');
      assert.match(plain, /^conforme\.session_token=/);
      assert.doesNotMatch(plain, /; Secure/i);
      const pair = (c: string) => c.split(';')[0] ?? '';
      const sessionWith = async (cookie: string, proto: 'http' | 'https') => {
        const headers = over(proto);
        headers.set('cookie', pair(cookie));
        return (await auth.api.getSession({ headers }))?.user.email;
      };
      assert.equal(await sessionWith(secure, 'https'), 'alice@example.com');
      assert.equal(await sessionWith(plain, 'http'), 'alice@example.com');
      // A plain cookie (one a network attacker could plant over HTTP) is not a session over HTTPS.
      assert.equal(await sessionWith(plain, 'https'), undefined);
    } finally {
      await store.dispose();
    }
  });
});

describe('sign-in', () => {
  for (const factory of storeFactories())
    it(`on ${factory.name}: one refusal for an unknown account or a wrong password, both hashing; limits`, async () => {
      const store = await factory.open();
      try {
        const { calls, hasher } = countingScrypt();
        const auth = await createAuth(store, hasher);
        const gate = attemptGate(store);
        await auth.api.signUpEmail({
          body: { name: 'Alice', email: 'alice@example.com', password: PASSWORD },
          headers: over('http'),
        });
        const attempt = (email: string, password: string, address = '192.0.2.1', now = NOW) =>
          signInWithLimits(auth, gate, { email, password, address, headers: over('http') }, now);

        calls.hash = calls.verify = 0;
        assert.deepEqual(await attempt('nobody@example.com', 'a guessed password'), {
          ok: false,
          reason: 'invalid',
        });
        // No account: the password is still run through scrypt, so the answer takes as long.
        assert.deepEqual(calls, { hash: 1, verify: 0 });
        assert.deepEqual(await attempt('alice@example.com', 'a guessed password'), {
          ok: false,
          reason: 'invalid',
        });
        assert.deepEqual(calls, { hash: 1, verify: 1 });
        assert.deepEqual(await attempt('alice@example.com', PASSWORD), { ok: true });

        // Per account: after five failures even the right password waits, from any address.
        for (let i = 1; i < SIGN_IN_LIMITS.account; i++)
          assert.equal((await attempt('alice@example.com', `guess ${i}`)).ok, false);
        assert.deepEqual(await attempt('alice@example.com', PASSWORD, '198.51.100.7'), {
          ok: false,
          reason: 'limited',
          retryAfter: 15 * 60,
        });
        // An unknown account is limited the same way: the refusal does not tell whether it exists.
        for (let i = 0; i < SIGN_IN_LIMITS.account; i++)
          await attempt('nobody@example.com', `guess ${i}`, `198.51.100.${i + 10}`);
        assert.deepEqual(await attempt('nobody@example.com', 'guess', '198.51.100.99'), {
          ok: false,
          reason: 'limited',
          retryAfter: 15 * 60,
        });

        // Per address: twenty failures over many accounts, then the address waits, and the refused
        // attempt hashes nothing.
        const hashes = calls.hash;
        for (let i = 0; i < SIGN_IN_LIMITS.address; i++)
          assert.equal(
            (await attempt(`visitor${i}@example.com`, 'guess', '203.0.113.5')).ok,
            false,
          );
        assert.deepEqual(await attempt('someone@example.com', 'guess', '203.0.113.5'), {
          ok: false,
          reason: 'limited',
          retryAfter: 15 * 60,
        });
        assert.equal(calls.hash - hashes, SIGN_IN_LIMITS.address);
        // Fifteen minutes later, Alice signs in again.
        assert.deepEqual(
          await attempt('alice@example.com', PASSWORD, '192.0.2.1', NOW + 15 * 60_000),
          {
            ok: true,
          },
        );
      } finally {
        await store.dispose();
      }
    });
});
