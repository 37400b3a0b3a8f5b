import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // forbidden() answers 403 with app/forbidden.tsx when a role lacks a permission.
  experimental: { authInterrupts: true },
  // Signed-in pages and sign-in may not be framed (clickjacking). The public pages — hosted form /f/…, its
  // thank-you page, notices /n/… and the submission endpoint's answers — are framed by customers' sites and
  // send their own Content-Security-Policy (components/public/document.tsx), so they are left out.
  async headers() {
    return [
      {
        source: '/:path((?!f/|n/|api/submit/).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default createMDX({})(nextConfig);
