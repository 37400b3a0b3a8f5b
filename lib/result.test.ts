import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { fieldErrorsOf } from './result';

test('fieldErrorsOf keys messages by dotted path, first message per input, unknown keys each named', () => {
  const schema = z.strictObject({
    email: z.email({ error: 'Enter an email.' }).min(50, { error: 'Too short.' }),
    items: z.array(z.object({ name: z.string().min(1, { error: 'Name it.' }) })),
  });
  const parsed = schema.safeParse({ email: 'x', items: [{ name: '' }], extra: 1 });
  assert.equal(parsed.success, false);
  assert.deepEqual(
    fieldErrorsOf(parsed.error, (key) => `No ${key} here.`),
    {
      email: 'Enter an email.',
      'items.0.name': 'Name it.',
      extra: 'No extra here.',
    },
  );
  const whole = z.string({ error: 'Send text.' }).safeParse(1);
  assert.deepEqual(whole.success ? {} : fieldErrorsOf(whole.error), { form: 'Send text.' });
});
