// Which host names this server answers to, whether the browser reached it over https, and which
// forwarded headers to believe. Pure functions over a web Request and the environment, shared by the proxy
// (every request), the CSRF check and the session cookie.
//
// - Host allow-list (DNS rebinding): a foreign site whose name re-resolves to 127.0.0.1 reaches this server with
//   its own name in Host; only loopback names on this server's port and the host of FLEETDASH_PUBLIC_URL (plus
//   FLEETDASH_ALLOWED_HOSTS) are served.
// - X-Forwarded-Host / X-Forwarded-Proto are set by whoever sends the request unless a reverse proxy overwrites
//   them; they are read only when FLEETDASH_TRUST_PROXY says such a proxy is in front.
// The values are checked at start (lib/config/schema.ts): a server with a bad one does not start.

type Env = Record<string, string | undefined>;

export interface OriginConfig {
  /** Hosts ("name:port", lower case) that may appear in Host (or a trusted X-Forwarded-Host). */
  allowedHosts: ReadonlySet<string>;
  /** Any port is fine for loopback names when the server's port is unknown. */
  loopbackAnyPort: boolean;
  trustProxy: boolean;
  /** The public URL is https (a TLS-terminating proxy in front): https for every request. */
  publicHttps: boolean;
  /** The one setting for the session and CSRF cookies' Secure flag. */
  secureCookies: boolean;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

/** "Host" with the default port of `protocol` made explicit, lower case; undefined when it is not a host. */
export function normalizeHost(host: string, protocol: 'http:' | 'https:' = 'http:'): string | undefined {
  try {
    const u = new URL(`${protocol}//${host.trim()}`);
    if (u.username || u.password || u.pathname !== '/' || u.search || u.hash || `${u.host}` === '') return undefined;
    return `${u.hostname.toLowerCase()}:${u.port || (protocol === 'https:' ? '443' : '80')}`;
  } catch {
    return undefined;
  }
}

function publicUrl(env: Env): URL | undefined {
  const raw = env.FLEETDASH_PUBLIC_URL?.trim();
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

export function originConfig(env: Env = process.env): OriginConfig {
  const port = env.PORT && /^\d+$/.test(env.PORT) ? env.PORT : undefined;
  const allowed = new Set<string>();
  if (port) for (const n of LOOPBACK_NAMES) allowed.add(`${n}:${port}`);
  const pub = publicUrl(env);
  if (pub) allowed.add(normalizeHost(pub.host, pub.protocol as 'http:' | 'https:')!);
  for (const h of (env.FLEETDASH_ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const n = normalizeHost(h);
    if (n) allowed.add(n);
  }
  const s = env.FLEETDASH_SECURE_COOKIES ?? '';
  const secureCookies = TRUE.test(s) ? true : FALSE.test(s) ? false : env.NODE_ENV === 'production';
  return {
    allowedHosts: allowed,
    loopbackAnyPort: !port,
    trustProxy: TRUE.test(env.FLEETDASH_TRUST_PROXY ?? ''),
    publicHttps: pub?.protocol === 'https:',
    secureCookies,
  };
}

function firstValue(v: string | null): string | undefined {
  return v?.split(',')[0]?.trim() || undefined;
}

/** The protocol the browser used: the request's own, or a trusted proxy's X-Forwarded-Proto, or the public URL's. */
export function isHttps(req: Request, cfg: OriginConfig): boolean {
  if (cfg.publicHttps || new URL(req.url).protocol === 'https:') return true;
  return cfg.trustProxy && firstValue(req.headers.get('x-forwarded-proto'))?.toLowerCase() === 'https';
}

/** The host the browser talked to: a trusted proxy's X-Forwarded-Host, else Host. */
export function requestHost(req: Request, cfg: OriginConfig): string | undefined {
  const fwd = cfg.trustProxy ? firstValue(req.headers.get('x-forwarded-host')) : undefined;
  return fwd || req.headers.get('host') || undefined;
}

/** undefined when this server may answer a request for this host, else the reason to refuse it (421). */
export function hostProblem(req: Request, cfg: OriginConfig): string | undefined {
  const raw = requestHost(req, cfg);
  if (!raw) return 'Request refused: it names no host.';
  const host = normalizeHost(raw, isHttps(req, cfg) ? 'https:' : 'http:');
  if (host && cfg.allowedHosts.has(host)) return undefined;
  if (host && cfg.loopbackAnyPort && LOOPBACK_NAMES.some((n) => host.startsWith(`${n}:`))) return undefined;
  return `This dashboard does not answer to the host name "${raw.slice(0, 100)}". Open it at its configured address (a loopback name, or FLEETDASH_PUBLIC_URL / FLEETDASH_ALLOWED_HOSTS).`;
}
