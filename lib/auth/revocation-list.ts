// The list of signed-out sessions that every replica shares (stored by revocation-store.ts in one ConfigMap), as pure
// data: no I/O. A session is named by a hash of its per-sign-in random CSRF token, so the list holds nothing a person
// could use. Each entry expires when its session would have anyway (SESSION_MAX_AGE_S after sign-in) and is pruned on
// every write. The list is bounded: past MAX_REVOCATIONS live entries the soonest-expiring ones are folded into
// `revokedBefore` (every session that began before it is refused), so an overflow signs a few people out early instead
// of letting a signed-out session back in.
import crypto from 'node:crypto';
import { SESSION_MAX_AGE_S } from './session';

export interface RevocationList {
  /** revocation id → expiry, seconds since epoch */
  entries: Map<string, number>;
  /** sessions issued before this (seconds since epoch) are refused; 0: none */
  revokedBefore: number;
}

/** ~34 bytes a line: 20,000 sign-outs within one session lifetime stay far under a ConfigMap's 1 MiB. */
export const MAX_REVOCATIONS = 20_000;
export const ENTRIES_KEY = 'sessions';
export const REVOKED_BEFORE_KEY = 'revokedBefore';

export const emptyRevocations = (): RevocationList => ({ entries: new Map(), revokedBefore: 0 });

/** 128 bits of sha256(csrf), base64url: names the session without revealing its CSRF token. */
export function revocationId(csrf: string): string {
  return crypto.createHash('sha256').update(csrf).digest('base64url').slice(0, 22);
}

/** Read the ConfigMap's data; lines that do not parse (a hand edit) are skipped rather than failing every request. */
export function parseRevocations(data: Record<string, string> | undefined, nowS: number): RevocationList {
  const list = emptyRevocations();
  for (const line of (data?.[ENTRIES_KEY] ?? '').split('\n')) {
    const m = /^([A-Za-z0-9_-]{22}) ([0-9]{1,12})$/.exec(line.trim());
    if (m?.[1] && Number(m[2]) > nowS) list.entries.set(m[1], Number(m[2]));
  }
  const before = Number(data?.[REVOKED_BEFORE_KEY] ?? 0);
  if (Number.isSafeInteger(before) && before + SESSION_MAX_AGE_S > nowS) list.revokedBefore = before;
  return list;
}

export function serializeRevocations(list: RevocationList): Record<string, string> {
  const lines = [...list.entries].sort((a, b) => a[1] - b[1]).map(([id, exp]) => `${id} ${exp}\n`);
  return { [ENTRIES_KEY]: lines.join(''), [REVOKED_BEFORE_KEY]: String(list.revokedBefore) };
}

/** A new list with `id` added, expired entries dropped and at most `max` entries kept (see the header). */
export function withRevocation(list: RevocationList, id: string, expiresS: number, nowS: number, max = MAX_REVOCATIONS): RevocationList {
  const live = [...list.entries].filter(([, exp]) => exp > nowS);
  if (!list.entries.has(id) && expiresS > nowS) live.push([id, expiresS]);
  live.sort((a, b) => a[1] - b[1]);
  let revokedBefore = list.revokedBefore + SESSION_MAX_AGE_S > nowS ? list.revokedBefore : 0;
  const dropped = live.splice(0, Math.max(0, live.length - max));
  // A dropped entry's session began at exp - SESSION_MAX_AGE_S: refusing everything up to then covers it.
  for (const [, exp] of dropped) revokedBefore = Math.max(revokedBefore, exp - SESSION_MAX_AGE_S + 1);
  return { entries: new Map(live), revokedBefore };
}

/** Both lists' entries (e.g. what this replica wrote and what it last read). */
export function mergeRevocations(a: RevocationList, b: RevocationList): RevocationList {
  const entries = new Map(a.entries);
  for (const [id, exp] of b.entries) entries.set(id, Math.max(exp, entries.get(id) ?? 0));
  return { entries, revokedBefore: Math.max(a.revokedBefore, b.revokedBefore) };
}

export function refuses(list: RevocationList, s: { csrf: string; iat: number }): boolean {
  return s.iat < list.revokedBefore || list.entries.has(revocationId(s.csrf));
}
