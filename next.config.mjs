import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // forbidden() answers 403 with app/forbidden.tsx when a role lacks a permission.
  experimental: { authInterrupts: true },
};

export default createMDX({})(nextConfig);
