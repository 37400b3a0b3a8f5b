import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicUrl } from './public-url';

describe('the public address', () => {
  it('is the address the visitor used, not the one the server listens on', () => {
    const saved = process.env.CONFORME_PUBLIC_URL;
    delete process.env.CONFORME_PUBLIC_URL;
    try {
      const request = new Request('http://localhost:3100/f/x', {
        headers: { host: '127.0.0.1:3100' },
      });
      assert.equal(publicUrl(request), 'http://127.0.0.1:3100');
      const proxied = new Request('http://localhost:3000/f/x', {
        headers: { host: 'forms.example.com', 'x-forwarded-proto': 'https' },
      });
      assert.equal(publicUrl(proxied), 'https://forms.example.com');
      process.env.CONFORME_PUBLIC_URL = 'https://conforme.example/';
      assert.equal(publicUrl(request), 'https://conforme.example');
    } finally {
      if (saved === undefined) delete process.env.CONFORME_PUBLIC_URL;
      else process.env.CONFORME_PUBLIC_URL = saved;
    }
  });
});
