// The one logger of the server: one JSON object per line (time, level, msg, and fields such as requestId, route,
// status, ms) in production or with FLEETDASH_LOG_FORMAT=json, readable text otherwise. Fields whose name says they
// hold a credential (token, secret, password, cookie, authorization) are replaced before anything is written, so a
// careless call cannot leak one.
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /token|secret|password|passwd|cookie|authorization|credential|private.?key/i;

export type Fields = Record<string, unknown>;

/** A copy of `v` with credential-named fields replaced by "[redacted]" (objects and arrays, a few levels deep). */
export function redact(v: unknown, depth = 0): unknown {
  if (depth > 4 || v === null || typeof v !== 'object') return v;
  if (v instanceof Error) return { name: v.name, message: v.message };
  if (Array.isArray(v)) return v.map((x) => redact(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(x, depth + 1);
  return out;
}

function format(env: NodeJS.ProcessEnv): 'json' | 'text' {
  const f = env.FLEETDASH_LOG_FORMAT;
  if (f === 'json' || f === 'text') return f;
  return env.NODE_ENV === 'production' ? 'json' : 'text';
}

/** One log line as written (exported for tests). */
export function line(level: Level, msg: string, fields: Fields = {}, env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const safe = redact(fields) as Fields;
  if (format(env) === 'json') return JSON.stringify({ time: now.toISOString(), level, msg, ...safe });
  const rest = Object.entries(safe)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `${level.toUpperCase()} ${msg}${rest ? ` ${rest}` : ''}`;
}

function write(level: Level, msg: string, fields?: Fields): void {
  const min = ORDER[(process.env.FLEETDASH_LOG_LEVEL as Level) ?? 'info'] ?? ORDER.info;
  if (ORDER[level] < min) return;
  const s = line(level, msg, fields);
  if (level === 'error' || level === 'warn') process.stderr.write(`${s}\n`);
  else process.stdout.write(`${s}\n`);
}

export const log = {
  debug: (msg: string, fields?: Fields) => write('debug', msg, fields),
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
};

/** The id proxy.ts gives every request (kept from a trusted caller's x-request-id, else new). */
export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming x-request-id when it looks like one (a load balancer's), else a new one. */
export function requestIdFor(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
