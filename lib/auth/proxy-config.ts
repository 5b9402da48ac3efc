// Auth-proxy mode settings (FLEETDASH_AUTH_PROXY*), off by default. When on, a request whose shared-secret header
// matches FLEETDASH_AUTH_PROXY_SECRET comes from the trusted proxy, and its user and groups headers name the person;
// the dashboard then acts as that person through Kubernetes impersonation. A sub-schema of the server's configuration.
import { z } from 'zod';
import { envSettings } from './env-settings';

const Bool = z.enum(['true', 'false', '1', '0', '']).default('').transform((v) => v === 'true' || v === '1');
const HeaderName = z
  .string()
  .regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name')
  .transform((v) => v.toLowerCase());

export const AuthProxyEnvSchema = z
  .object({
    FLEETDASH_AUTH_PROXY: Bool,
    FLEETDASH_AUTH_PROXY_USER_HEADER: HeaderName.default('x-forwarded-user'),
    FLEETDASH_AUTH_PROXY_GROUPS_HEADER: HeaderName.default('x-forwarded-groups'),
    FLEETDASH_AUTH_PROXY_SECRET_HEADER: HeaderName.default('x-fleetdash-proxy-secret'),
    FLEETDASH_AUTH_PROXY_SECRET: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.FLEETDASH_AUTH_PROXY && (e.FLEETDASH_AUTH_PROXY_SECRET ?? '').length < 16) {
      ctx.addIssue({ code: 'custom', path: ['FLEETDASH_AUTH_PROXY_SECRET'], message: 'must be at least 16 characters when FLEETDASH_AUTH_PROXY is true (only the proxy may know it)' });
    }
  });

export interface AuthProxyConfig {
  userHeader: string;
  groupsHeader: string;
  secretHeader: string;
  secret: string;
}

/** The settings, or undefined when the mode is off; throws naming the variable when a setting is wrong. */
export function authProxyConfig(env: Record<string, string | undefined> = process.env): AuthProxyConfig | undefined {
  return envSettings(AuthProxyEnvSchema, env, 'FLEETDASH_AUTH_PROXY*', (e) =>
    e.FLEETDASH_AUTH_PROXY
      ? { userHeader: e.FLEETDASH_AUTH_PROXY_USER_HEADER, groupsHeader: e.FLEETDASH_AUTH_PROXY_GROUPS_HEADER, secretHeader: e.FLEETDASH_AUTH_PROXY_SECRET_HEADER, secret: e.FLEETDASH_AUTH_PROXY_SECRET! }
      : undefined,
  );
}
