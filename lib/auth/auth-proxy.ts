// Who the trusted auth proxy says is asking. Only in auth-proxy mode, and only when the request carries the proxy's
// shared secret: anyone else can send X-Forwarded-User too, and those headers are then ignored.
import crypto from 'node:crypto';
import type { AuthProxyConfig } from './proxy-config';

export interface ProxyUser {
  username: string;
  groups: string[];
}

function sameSecret(a: string, b: string): boolean {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

/** The person named by the proxy's headers, or undefined (mode off, not from the proxy, or no user named). */
export function proxyUser(cfg: AuthProxyConfig | undefined, headers: { get(name: string): string | null }): ProxyUser | undefined {
  if (!cfg) return undefined;
  const secret = headers.get(cfg.secretHeader);
  if (!secret || !sameSecret(secret, cfg.secret)) return undefined;
  const username = headers.get(cfg.userHeader)?.trim();
  if (!username || username.length > 256) return undefined;
  const groups = (headers.get(cfg.groupsHeader) ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g && g.length <= 256)
    .slice(0, 200);
  return { username, groups };
}
