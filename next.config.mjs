/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // forbidden() answers 403 with app/forbidden.tsx when a role lacks a permission.
  experimental: { authInterrupts: true },
};

export default nextConfig;
