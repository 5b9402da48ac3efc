// The local OpenID provider the test instance runs (scripts/oidc/provider.mjs, started by controlplane/scripts/up.sh)
// and the environment a dashboard needs to offer "Sign in with …" through it. Plain Node: playwright.config.ts uses it.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const offset = Number(process.env.FLEETDASH_PORT_OFFSET ?? 0);
/** The test instance's ports (controlplane/scripts/versions.sh): API server 26443, provider 60 above it. */
export const OIDC_ISSUER = `https://127.0.0.1:${26443 + offset + 60}`;
export const OIDC_PROVIDER_NAME = 'Local provider';
const state = path.join(root, '.cache', 'controlplane-test');
export const CA_FILE = path.join(state, 'pki', 'ca.crt');

/** Environment for a dashboard signing people in through the local provider; empty when the instance is not up. */
export function oidcServerEnv(): Record<string, string> {
  const secretFile = path.join(state, 'oidc-client-secret');
  if (!fs.existsSync(secretFile)) return {};
  return {
    FLEETDASH_OIDC_ISSUER_URL: OIDC_ISSUER,
    FLEETDASH_OIDC_CLIENT_ID: 'fleet-dashboard',
    FLEETDASH_OIDC_CLIENT_SECRET: fs.readFileSync(secretFile, 'utf8').trim(),
    FLEETDASH_OIDC_PROVIDER_NAME: OIDC_PROVIDER_NAME,
    // The provider's certificate comes from the instance's own CA (as a company CA would).
    NODE_EXTRA_CA_CERTS: CA_FILE,
    // Tokens live an hour; renewing when less than 3,590 s remain makes the e2e test see a renewal after 10 s.
    FLEETDASH_OIDC_REFRESH_BEFORE_S: '3590',
  };
}

export const PEOPLE = {
  alice: { password: 'alice-password', groups: ['fleet-operators'] },
  bob: { password: 'bob-password', groups: ['fleet-viewers'] },
  carol: { password: 'carol-password', groups: ['fleet-viewers'] },
} as const;
