// @ts-check
// Served under a path behind an ingress (e.g. https://tools.example.com/fleet): FLEETDASH_BASE_PATH at build time.
// Pages and links follow Next's basePath; the browser's API and live-stream URLs read it through lib/http/api-path.ts.
const basePath = process.env.FLEETDASH_BASE_PATH || '';
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  ...(basePath ? { basePath } : {}),
  env: { FLEETDASH_BUILD_BASE_PATH: basePath },
  // Next 16 allows one `next dev` per distDir; helpers running several dev servers on one checkout give each its own
  // (e.g. FLEETDASH_DIST_DIR=.cache/next-3201). Unset: the default .next.
  ...(process.env.FLEETDASH_DIST_DIR ? { distDir: process.env.FLEETDASH_DIST_DIR } : {}),
  // The container image (Dockerfile) builds with FLEETDASH_STANDALONE=1: a self-contained server.js with only the
  // runtime dependencies it traces. Local scripts keep `next start` on the normal output.
  // Traced from this directory, so server.js lands at the output's top even when a lockfile sits in a parent folder.
  ...(process.env.FLEETDASH_STANDALONE === '1' ? { output: 'standalone', outputFileTracingRoot: __dirname } : {}),
  poweredByHeader: false,
  // forbidden(): a workspace page the person may not see answers 403 (app/forbidden.tsx), not 200 with a message.
  experimental: { authInterrupts: true },
  // @kubernetes/client-node and its transport stay server-side, loaded by Node at run time.
  serverExternalPackages: ['@kubernetes/client-node'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};
module.exports = nextConfig;
