// The signed-in person's session, sealed with AES-256-GCM into an httpOnly cookie (nothing server-side
// to store or share between replicas). Key: sha256(FLEETDASH_SESSION_SECRET), or a random key per
// process when unset (sessions then end when the server restarts).
import crypto from 'node:crypto';
import { z } from 'zod';

export const SESSION_COOKIE = 'fleet_session';
/** Sessions end after this even if the token lives longer; people sign in again. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** The answer to a session cookie that was sent but does not open (expired, tampered with, other key). */
export const SESSION_ENDED = 'Your session has ended (it expired, or this server can no longer read it). Sign in again.';

export const SessionSchema = z.object({
  token: z.string().min(1),
  username: z.string(),
  groups: z.array(z.string()),
  csrf: z.string().min(16),
  /** issued at, seconds since epoch */
  iat: z.number().int(),
});
export type Session = z.infer<typeof SessionSchema>;

const VERSION = 'v1';
const g = globalThis as { __fleetdashSessionKey?: Buffer };

/** The key; kept on globalThis so every route bundle of one process agrees on the random fallback. */
export function sessionKey(secret = process.env.FLEETDASH_SESSION_SECRET): Buffer {
  if (secret) return crypto.createHash('sha256').update(secret, 'utf8').digest();
  g.__fleetdashSessionKey ??= crypto.randomBytes(32);
  return g.__fleetdashSessionKey;
}

export function sealSession(s: Session, key: Buffer = sessionKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(VERSION));
  const ct = Buffer.concat([cipher.update(JSON.stringify(s), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

/** The session, or undefined when the cookie is missing, tampered with, from another key, or expired. */
export function unsealSession(value: string | undefined, key: Buffer = sessionKey(), now = Date.now()): Session | undefined {
  if (!value?.startsWith(`${VERSION}.`)) return undefined;
  const raw = Buffer.from(value.slice(VERSION.length + 1), 'base64url');
  if (raw.length < 12 + 16 + 1) return undefined;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const s = SessionSchema.safeParse(JSON.parse(text));
    if (!s.success) return undefined;
    if (now / 1000 - s.data.iat > SESSION_MAX_AGE_S) return undefined;
    return s.data;
  } catch {
    return undefined;
  }
}

export function newCsrfToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
