import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

/** Sends through SMTP_URL (smtp://user:pass@host:port) when configured; returns false when it is not. */
export async function sendMail(mail: Mail, smtpUrl = process.env.SMTP_URL): Promise<boolean> {
  if (!smtpUrl) return false;
  const transport = nodemailer.createTransport(smtpUrl);
  await transport.sendMail({
    from: process.env.SMTP_FROM ?? 'Conforme <no-reply@conforme.invalid>',
    ...mail,
  });
  return true;
}

export function invitationMail(to: string, workspace: string, role: string, link: string): Mail {
  return {
    to,
    subject: `You are invited to ${workspace} on Conforme`,
    text: `Hello,\n\nYou are invited to join the workspace "${workspace}" on Conforme as ${role}.\nCreate your account here (the link works once, for 7 days):\n\n${link}\n\nIf you did not expect this invitation, ignore this message.\n`,
  };
}
