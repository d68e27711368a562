import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files: bundled by Turbopack they are copied into public
  // static media (~15 MB), bundled by webpack they break at run time. Load them from
  // node_modules instead. The schema engine is only used by scripts, but keep it out too;
  // nodemailer (the e-mail job) is plain Node code that needs no bundling.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2', '@prisma/schema-engine-wasm', 'nodemailer'],
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() with app/forbidden.tsx
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
