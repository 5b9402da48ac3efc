// OpenID Connect sign-in settings, from the environment (FLEETDASH_OIDC_*). Off unless the issuer is set; then the
// client ID and secret are required. A sub-schema of the server's configuration: parse errors name the variable.
import { z } from 'zod';
import { envSettings } from './env-settings';

const Seconds = z.coerce.number().int().min(0).max(86_400);

export const OidcEnvSchema = z
  .object({
    FLEETDASH_OIDC_ISSUER_URL: z.url({ protocol: /^https$/, error: 'must be an https URL (the issuer the API server trusts)' }).optional(),
    FLEETDASH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    FLEETDASH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    FLEETDASH_OIDC_SCOPES: z.string().default('openid profile email groups offline_access'),
    FLEETDASH_OIDC_PROVIDER_NAME: z.string().default(''),
    /** The callback URL registered at the provider; default: <public URL or the request's origin>/api/auth/oidc/callback. */
    FLEETDASH_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Renew the ID token this many seconds before it expires. */
    FLEETDASH_OIDC_REFRESH_BEFORE_S: Seconds.default(120),
  })
  .superRefine((e, ctx) => {
    if (!e.FLEETDASH_OIDC_ISSUER_URL) return;
    for (const k of ['FLEETDASH_OIDC_CLIENT_ID', 'FLEETDASH_OIDC_CLIENT_SECRET'] as const) {
      if (!e[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'is required when FLEETDASH_OIDC_ISSUER_URL is set' });
    }
  });

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  providerName: string;
  redirectUrl?: string;
  refreshBeforeS: number;
}

/** The settings, or undefined when OpenID Connect is off; throws naming the variable when a setting is wrong. */
export function oidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | undefined {
  return envSettings(OidcEnvSchema, env, 'FLEETDASH_OIDC_*', (e) => {
    if (!e.FLEETDASH_OIDC_ISSUER_URL) return undefined;
    const issuer = new URL(e.FLEETDASH_OIDC_ISSUER_URL);
    return {
      issuer,
      clientId: e.FLEETDASH_OIDC_CLIENT_ID!,
      clientSecret: e.FLEETDASH_OIDC_CLIENT_SECRET!,
      scopes: e.FLEETDASH_OIDC_SCOPES,
      providerName: e.FLEETDASH_OIDC_PROVIDER_NAME || issuer.host,
      redirectUrl: e.FLEETDASH_OIDC_REDIRECT_URL,
      refreshBeforeS: e.FLEETDASH_OIDC_REFRESH_BEFORE_S,
    };
  });
}
