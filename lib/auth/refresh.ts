// Renewing an OpenID session's ID token before it expires (called by proxy.ts on every request): the refreshed
// session, `undefined` when nothing needs doing, or 'ended' when the token has expired and cannot be renewed.
import { log } from '@/lib/log';
import { oidcConfig } from './oidc-config';
import { refreshTokens } from './oidc';
import type { OpenSession } from './session';

export async function refreshedSession(s: OpenSession, now = Date.now()): Promise<OpenSession | 'ended' | undefined> {
  if (s.kind !== 'oidc' || s.exp === undefined) return undefined;
  const cfg = oidcConfig();
  const nowS = now / 1000;
  if (!cfg || s.exp - nowS > cfg.refreshBeforeS) return s.exp > nowS ? undefined : 'ended';
  if (!s.refresh) return s.exp > nowS ? undefined : 'ended';
  try {
    const t = await refreshTokens(cfg, s.refresh, now);
    return { ...s, token: t.idToken, refresh: t.refresh, exp: t.exp };
  } catch (err) {
    // The provider refused (refresh token revoked or expired) or is down: keep the token while it still lives.
    log.warn('renewing an ID token failed', { user: s.username, error: err instanceof Error ? err.message : String(err) });
    return s.exp > nowS ? undefined : 'ended';
  }
}
