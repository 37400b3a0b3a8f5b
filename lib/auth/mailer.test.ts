import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { invitationMail, reviewDecidedMail, reviewRequestedMail, sendMail } from './mailer';

describe('invitation email over SMTP', () => {
  const received: { to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let port = 0;
  before(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers the invitation link to the invited address through a real SMTP exchange', async () => {
    const link = 'https://conforme.example/invite/abc123';
    const sent = await sendMail(
      invitationMail('legal@example.com', 'Maison Lumière', 'legal', link),
      `smtp://127.0.0.1:${port}`,
    );
    assert.equal(sent, true);
    const [mail, ...more] = received;
    assert.ok(mail);
    assert.equal(more.length, 0);
    assert.deepEqual(mail.to, ['legal@example.com']);
    assert.match(mail.raw, /Subject: =\?UTF-8\?Q\?You_are_invited_to_Maison_Lumi=C3=A8re/);
    assert.ok(mail.raw.includes(link));
  });

  it('sends the review notifications with the form, the person and the review link', async () => {
    const link = 'https://conforme.example/forms/f1/review';
    await sendMail(
      reviewRequestedMail('lea@example.com', 'Newsletter', 'Mia', link),
      `smtp://127.0.0.1:${port}`,
    );
    await sendMail(
      reviewDecidedMail('mia@example.com', 'Newsletter', 'changes_requested', 'Léa', link),
      `smtp://127.0.0.1:${port}`,
    );
    const [requested, decided, ...more] = received.slice(1);
    assert.ok(requested && decided);
    assert.equal(more.length, 0);
    assert.deepEqual(requested.to, ['lea@example.com']);
    assert.match(requested.raw, /Subject: Review requested: Newsletter/);
    assert.ok(requested.raw.includes(link));
    assert.deepEqual(decided.to, ['mia@example.com']);
    assert.match(decided.raw, /Subject: Changes requested: Newsletter/);
    assert.match(reviewDecidedMail('m', 'F', 'approved', 'L', link).subject, /^Approved: F$/);
  });

  it('reports that no mail was sent when SMTP is not configured', async () => {
    assert.equal(
      await sendMail(invitationMail('x@example.com', 'W', 'viewer', 'https://l'), undefined),
      false,
    );
  });
});
