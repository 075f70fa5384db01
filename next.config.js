// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several builds coexist in one checkout (parallel work, benchmarks); production uses .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native and WebAssembly packages stay outside the server bundle so they load from node_modules.
  serverExternalPackages: [
    'argon2',
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    '@prisma/schema-engine-wasm',
    '@prisma/adapter-pg',
    'pg',
  ],
};

module.exports = nextConfig;
