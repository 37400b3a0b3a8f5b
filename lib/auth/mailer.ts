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

/** To each legal reviewer when a draft is submitted for review. */
export function reviewRequestedMail(
  to: string,
  form: string,
  submitter: string,
  link: string,
): Mail {
  return {
    to,
    subject: `Review requested: ${form}`,
    text: `Hello,\n\n${submitter} submitted the form "${form}" for legal review.\nRead the notices, the form as visitors see it and the changes, then approve or request changes:\n\n${link}\n`,
  };
}

/** To the member who submitted the draft, once a reviewer decided. */
export function reviewDecidedMail(
  to: string,
  form: string,
  decision: 'approved' | 'changes_requested',
  reviewer: string,
  link: string,
): Mail {
  const approved = decision === 'approved';
  return {
    to,
    subject: `${approved ? 'Approved' : 'Changes requested'}: ${form}`,
    text: approved
      ? `Hello,\n\n${reviewer} approved the form "${form}". It can now be published:\n\n${link}\n`
      : `Hello,\n\n${reviewer} requested changes to the form "${form}". Read the comments, reply, change the draft and submit it again:\n\n${link}\n`,
  };
}
