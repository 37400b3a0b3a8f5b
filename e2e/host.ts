import { createServer, type Server } from 'node:http';

/** A customer's website on another origin (a second local port) that pastes the snippet into its page. */
export async function startHostSite(
  port: number,
  snippet: () => string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cuisines en promo</title><style>body{font-family:serif}label{text-transform:uppercase}</style></head><body><h1>Cuisines en promo</h1>${snippet()}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
