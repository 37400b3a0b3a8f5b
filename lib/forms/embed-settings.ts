import { z } from 'zod';

/** One origin per line, such as https://www.example.com (scheme, host and port; no path). */
const originsSchema = z.string().transform((text, ctx) => {
  const origins: string[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(line);
      origin =
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.origin === line.replace(/\/$/, '')
          ? url.origin
          : undefined;
    } catch {
      origin = undefined;
    }
    if (!origin)
      ctx.addIssue({
        code: 'custom',
        message: `"${line}" is not an origin: write it as https://www.example.com, without a path.`,
      });
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
});

export const embedSettingsSchema = z.object({
  allowedOrigins: originsSchema.pipe(
    z.array(z.string()).max(50, { error: 'List at most 50 origins.' }),
  ),
  recordNetwork: z.boolean(),
});
