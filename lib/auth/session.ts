// The signed-in person's session, sealed with AES-256-GCM into httpOnly cookies (nothing server-side to store or
// share between replicas: any replica holding the key opens it). The sealed value is deflated first and split over
// several cookies when it is longer than one cookie may be (an OpenID ID token with many groups is 1–4 KB, and a
// browser keeps at most about 4 KB per cookie, name and attributes included).
// Keys: sha256(FLEETDASH_SESSION_SECRET) seals; that key and each of FLEETDASH_SESSION_PREVIOUS_SECRETS
// (comma-separated) open, so the secret can be rotated without signing everyone out. Unset: a random key per
// process (sessions then end when the server restarts).
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';

export const SESSION_COOKIE = 'fleet_session';
/** Sessions end after this even if the token lives longer; people sign in again. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** The answer to a session cookie that was sent but does not open (expired, tampered with, other key). */
export const SESSION_ENDED = 'Your session has ended (it expired, or this server can no longer read it). Sign in again.';
/** Characters of sealed value per cookie: with the name and attributes, well under the browsers' 4,096 bytes. */
export const CHUNK_CHARS = 3800;
/** At most this many cookies (about 30 KB sealed); a longer session is refused rather than half-stored. */
export const MAX_CHUNKS = 8;

export const SessionSchema = z.object({
  token: z.string().min(1),
  username: z.string(),
  groups: z.array(z.string()),
  csrf: z.string().min(16),
  /** issued at, seconds since epoch */
  iat: z.number().int(),
  /** How the person signed in: a pasted bearer token, or OpenID Connect (token = the ID token). */
  kind: z.enum(['token', 'oidc']).default('token'),
  /** OpenID Connect: the refresh token, and when the ID token expires (seconds since epoch). */
  refresh: z.string().optional(),
  exp: z.number().int().optional(),
});
export type Session = z.input<typeof SessionSchema>;
export type OpenSession = z.output<typeof SessionSchema>;

const VERSION = 'v2';
const g = globalThis as { __fleetdashSessionKey?: Buffer };

const keyOf = (secret: string) => crypto.createHash('sha256').update(secret, 'utf8').digest();

/** The sealing key; kept on globalThis so every route bundle of one process agrees on the random fallback. */
export function sessionKey(secret = process.env.FLEETDASH_SESSION_SECRET): Buffer {
  if (secret) return keyOf(secret);
  g.__fleetdashSessionKey ??= crypto.randomBytes(32);
  return g.__fleetdashSessionKey;
}

/** Every key that opens a session: the current one first, then the previous ones (key rotation). */
export function sessionKeys(env: Record<string, string | undefined> = process.env): Buffer[] {
  const previous = (env.FLEETDASH_SESSION_PREVIOUS_SECRETS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [sessionKey(env.FLEETDASH_SESSION_SECRET), ...previous.map(keyOf)];
}

export function sealSession(s: Session, key: Buffer = sessionKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(VERSION));
  const ct = Buffer.concat([cipher.update(zlib.deflateRawSync(Buffer.from(JSON.stringify(s), 'utf8'))), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

function open(raw: Buffer, key: Buffer): string | undefined {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    return zlib.inflateRawSync(plain, { maxOutputLength: 256 * 1024 }).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The session, or undefined when the value is missing, tampered with, sealed by no key we hold, or expired. */
export function unsealSession(value: string | undefined, keys: Buffer | Buffer[] = sessionKeys(), now = Date.now()): OpenSession | undefined {
  if (!value?.startsWith(`${VERSION}.`)) return undefined;
  const raw = Buffer.from(value.slice(VERSION.length + 1), 'base64url');
  if (raw.length < 12 + 16 + 1) return undefined;
  for (const key of Array.isArray(keys) ? keys : [keys]) {
    const text = open(raw, key);
    if (text === undefined) continue;
    try {
      const s = SessionSchema.safeParse(JSON.parse(text));
      if (!s.success) return undefined;
      if (now / 1000 - s.data.iat > SESSION_MAX_AGE_S) return undefined;
      return s.data;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Cookie name of chunk i: `fleet_session`, `fleet_session.1`, `fleet_session.2`, … */
export const chunkName = (i: number) => (i === 0 ? SESSION_COOKIE : `${SESSION_COOKIE}.${i}`);

/**
 * The cookies to set for a sealed session: one per chunk, and an empty one (to delete) for every further chunk name
 * a longer, older session may have left. `sealed` undefined: delete them all (sign-out).
 */
export function sessionCookieValues(sealed: string | undefined): { name: string; value: string }[] {
  const chunks: string[] = [];
  for (let i = 0; sealed && i < sealed.length; i += CHUNK_CHARS) chunks.push(sealed.slice(i, i + CHUNK_CHARS));
  if (chunks.length > MAX_CHUNKS) throw new Error(`the session is too large to keep in cookies (${sealed!.length} characters)`);
  return Array.from({ length: MAX_CHUNKS }, (_, i) => ({ name: chunkName(i), value: chunks[i] ?? '' }));
}

/** The sealed value reassembled from its chunks, or undefined when no session cookie was sent. */
export function readSessionCookie(get: (name: string) => string | undefined): string | undefined {
  const first = get(SESSION_COOKIE);
  if (!first) return undefined;
  let v = first;
  for (let i = 1; i < MAX_CHUNKS; i++) {
    const c = get(chunkName(i));
    if (!c) break;
    v += c;
  }
  return v;
}

export function newCsrfToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
