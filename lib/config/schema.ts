// The server's configuration: every environment variable it reads, validated by one zod schema when the server
// starts (instrumentation.ts), so a typo or a bad value stops the start with a message naming the variable instead of
// surfacing later as odd behaviour. Each area owns a piece (an object schema); ConfigSchema merges them, and a new
// area (e.g. OpenID Connect or auth-proxy settings) adds its own piece to CONFIG_PIECES.
// `secret` marks a variable whose value never appears in a message or a log.
import { z } from 'zod';
import { OidcEnvSchema } from '@/lib/auth/oidc-config';
import { AuthProxyEnvSchema } from '@/lib/auth/proxy-config';

const BOOL = /^(1|true|yes|on|0|false|no|off)$/i;
const bool = (what: string) =>
  z
    .string()
    .regex(BOOL, `must be true or false (${what})`)
    .transform((v) => /^(1|true|yes|on)$/i.test(v))
    .optional();
const positiveInt = (what: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, `must be a whole number above 0 (${what})`)
    .transform(Number)
    .optional();
const HOST = /^(\[[0-9a-f:]+\]|[a-z0-9]([-a-z0-9.]*[a-z0-9])?)(:[0-9]{1,5})?$/i;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** How the Node server listens (set by the image, the chart or `next start`). */
export const ServerEnv = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).optional(),
  PORT: z.string().regex(/^[0-9]{1,5}$/, 'must be a TCP port number').optional(),
  HOSTNAME: z.string().optional(),
  NEXT_MANUAL_SIG_HANDLE: z.string().optional(),
  NEXT_TELEMETRY_DISABLED: z.string().optional(),
  FLEETDASH_BASE_PATH: z
    .string()
    .regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'must be a path such as /fleet (a leading slash, no trailing slash)')
    .optional(),
  FLEETDASH_STANDALONE: z.enum(['1']).optional(),
  FLEETDASH_DIST_DIR: z.string().optional(),
});

/** Kubernetes access: the kubeconfig, the cache's identity, local mode, Fleet's namespace. */
export const KubeEnv = z.object({
  KUBECONFIG: z.string().optional(),
  KUBERNETES_SERVICE_HOST: z.string().optional(),
  KUBERNETES_SERVICE_PORT: z.string().regex(/^[0-9]{1,5}$/, 'must be a TCP port number').optional(),
  FLEETDASH_CACHE_CONTEXT: z.string().min(1).optional(),
  FLEETDASH_LOCAL_USER_CONTEXT: z.string().min(1).optional(),
  FLEETDASH_LOCAL_MODE_ANY_ADDRESS: bool('allow local mode on a non-loopback address'),
  FLEETDASH_FLEET_NAMESPACE: z.string().max(63).regex(DNS_LABEL, 'must be a namespace name').optional(),
});

/** Who may reach the server and how the browser's session is kept. */
export const AccessEnv = z.object({
  FLEETDASH_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
  FLEETDASH_PUBLIC_URL: z
    .string()
    .refine((v) => /^https?:$/.test(URL.canParse(v) ? new URL(v).protocol : ''), 'must be an http:// or https:// URL')
    .optional(),
  FLEETDASH_ALLOWED_HOSTS: z
    .string()
    .refine((v) => v.split(',').map((s) => s.trim()).filter(Boolean).every((h) => HOST.test(h)), 'must be host names (name or name:port), comma-separated')
    .optional(),
  FLEETDASH_TRUST_PROXY: bool('a reverse proxy in front sets X-Forwarded-Host/-Proto'),
  FLEETDASH_SECURE_COOKIES: bool("the cookies' Secure flag"),
  FLEETDASH_SESSION_PREVIOUS_SECRETS: z.string().optional(),
  // Where replicas share sign-outs (lib/auth/revocation-store.ts); `-`: per process.
  FLEETDASH_SIGNOUT_CONFIGMAP: z.string().max(253).regex(/^(-|[a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/, 'must be a ConfigMap name, or - for none').optional(),
  FLEETDASH_NAMESPACE: z.string().max(63).regex(DNS_LABEL, 'must be a namespace name').optional(),
});

/** Live streams (lib/cache/streams.ts). */
export const LiveEnv = z.object({
  FLEETDASH_MAX_STREAMS: positiveInt('live streams in total'),
  FLEETDASH_MAX_STREAMS_PER_PERSON: positiveInt('live streams per person'),
  FLEETDASH_STREAM_MAX_QUEUE_BYTES: positiveInt('bytes queued for a slow client'),
});

/** Logs and metrics (lib/log.ts, lib/metrics.ts). */
export const ObservabilityEnv = z.object({
  FLEETDASH_LOG_FORMAT: z.enum(['json', 'text'], { error: 'must be json or text' }).optional(),
  FLEETDASH_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }).optional(),
  FLEETDASH_METRICS: bool('serve Prometheus metrics at /metrics'),
  FLEETDASH_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

/** The pieces, in the order their variables are documented. */
export const CONFIG_PIECES = {
  server: ServerEnv,
  kube: KubeEnv,
  access: AccessEnv,
  oidc: OidcEnvSchema,
  authProxy: AuthProxyEnvSchema,
  live: LiveEnv,
  observability: ObservabilityEnv,
} as const;

export const ConfigSchema = z.object({
  ...ServerEnv.shape,
  ...KubeEnv.shape,
  ...AccessEnv.shape,
  // Field by field here; the cross-field rules (all three OIDC settings, a long enough proxy secret) run in
  // oidcConfig()/authProxyConfig(), which start.ts calls.
  ...OidcEnvSchema.shape,
  ...AuthProxyEnvSchema.shape,
  ...LiveEnv.shape,
  ...ObservabilityEnv.shape,
});
export type Config = z.output<typeof ConfigSchema>;

/** Variables whose values are never printed. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'FLEETDASH_SESSION_SECRET',
  'FLEETDASH_SESSION_PREVIOUS_SECRETS',
  'FLEETDASH_OIDC_CLIENT_SECRET',
  'FLEETDASH_AUTH_PROXY_SECRET',
  'FLEETDASH_METRICS_TOKEN',
]);

/** The local scripts' own switches (which instance, port offset, test provider, ...): set in a developer's shell, so a
 * server started there sees them; they are not settings of the dashboard and not warned about. */
export const LOCAL_SWITCHES: ReadonlySet<string> = new Set([
  'FLEETDASH_INSTANCE',
  'FLEETDASH_PORT_OFFSET',
  'FLEETDASH_OIDC',
  'FLEETDASH_OIDC_ID_TOKEN_TTL',
  'FLEETDASH_AUDIT_REQUIRED',
  'FLEETDASH_CACHE',
]);
