// OpenID Connect sign-in with `openid-client` (OpenID Certified relying party): authorization code + PKCE, state and
// nonce checked on the way back, the ID token kept as the person's bearer token for the API server (which trusts the
// same issuer), renewed with the refresh token before it expires, revoked at sign-out. Server-only.
import crypto from 'node:crypto';
import { z } from 'zod';
import * as client from 'openid-client';
import { oidcConfig, type OidcConfig } from './oidc-config';
import { sessionKey, sessionKeys } from './session';

/** The short-lived cookie binding the provider's answer to this browser (state, nonce, PKCE verifier). */
export const PENDING_COOKIE = 'fleet_oidc';
export const PENDING_MAX_AGE_S = 600;
export const CALLBACK_PATH = '/api/auth/oidc/callback';
/**
 * Why a sign-in through the provider failed, for the sign-in page to show once: a short-lived cookie rather than the
 * URL, so no other site can link to the sign-in page with a message of its own.
 */
export const SIGNIN_ERROR_COOKIE = 'fleet_signin_error';

const Pending = z.object({ verifier: z.string(), state: z.string(), nonce: z.string(), next: z.string(), redirectUri: z.string(), at: z.number() });
export type Pending = z.infer<typeof Pending>;

const AAD = Buffer.from('oidc-pending');

export function sealPending(p: Pending, key = sessionKey()): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(AAD);
  const ct = Buffer.concat([c.update(JSON.stringify(p), 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}

export function openPending(value: string | undefined, keys = sessionKeys(), now = Date.now()): Pending | undefined {
  if (!value) return undefined;
  const raw = Buffer.from(value, 'base64url');
  if (raw.length < 29) return undefined;
  for (const key of keys) {
    try {
      const d = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAAD(AAD);
      d.setAuthTag(raw.subarray(12, 28));
      const p = Pending.safeParse(JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8')));
      if (!p.success || now - p.data.at > PENDING_MAX_AGE_S * 1000) return undefined;
      return p.data;
    } catch {
      // another key, or tampered with
    }
  }
  return undefined;
}

const G = Symbol.for('fleetdash.oidc');
type State = { refreshing: Map<string, { at: number; result: Promise<Refreshed> }> };
function state(): State {
  const g = globalThis as typeof globalThis & { [G]?: State };
  g[G] ??= { refreshing: new Map() };
  return g[G];
}

/**
 * The provider's metadata, discovered once per bundle (again after a failure). Not on globalThis: proxy.ts and the
 * route handlers each bundle their own openid-client, which accepts only Configurations of its own class.
 */
let discovered: Promise<client.Configuration> | undefined;
export function providerConfiguration(cfg: OidcConfig): Promise<client.Configuration> {
  discovered ??= client.discovery(cfg.issuer, cfg.clientId, undefined, client.ClientSecretBasic(cfg.clientSecret)).catch((err: unknown) => {
    discovered = undefined;
    throw new Error(`The OpenID provider ${cfg.issuer.origin} cannot be reached or answered badly (${err instanceof Error ? err.message : String(err)}).`);
  });
  return discovered;
}

export function requireOidc(): OidcConfig {
  const cfg = oidcConfig();
  if (!cfg) throw new Error('OpenID Connect sign-in is not configured on this server (FLEETDASH_OIDC_ISSUER_URL).');
  return cfg;
}

/** Where the provider sends the browser back: the configured URL, else this server's origin as the browser sees it. */
export function redirectUri(cfg: OidcConfig, origin: string): string {
  return cfg.redirectUrl ?? new URL(CALLBACK_PATH, origin).toString();
}

/** The provider's authorization URL and the pending state to keep in the browser until it comes back. */
export async function startSignIn(cfg: OidcConfig, origin: string, next: string): Promise<{ url: URL; pending: Pending }> {
  const config = await providerConfiguration(cfg);
  const verifier = client.randomPKCECodeVerifier();
  const pending: Pending = { verifier, state: client.randomState(), nonce: client.randomNonce(), next, redirectUri: redirectUri(cfg, origin), at: Date.now() };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: pending.redirectUri,
    scope: cfg.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url, pending };
}

export interface Tokens {
  idToken: string;
  refresh?: string;
  /** ID token expiry, seconds since epoch. */
  exp: number;
}

function tokensOf(r: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers, previousRefresh?: string): Tokens {
  const idToken = r.id_token;
  const claims = r.claims();
  if (!idToken || !claims) throw new Error('The OpenID provider returned no ID token (is the "openid" scope requested?).');
  return { idToken, refresh: r.refresh_token ?? previousRefresh, exp: claims.exp };
}

/** Redeems the code: checks state, nonce and the PKCE verifier (openid-client refuses any mismatch). */
export async function finishSignIn(cfg: OidcConfig, callbackUrl: URL, pending: Pending): Promise<Tokens> {
  const config = await providerConfiguration(cfg);
  // The provider sent the browser to the registered redirect URI: validate against it, whatever Host this request had.
  const current = new URL(pending.redirectUri);
  current.search = callbackUrl.search;
  const r = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  return tokensOf(r);
}

type Refreshed = Tokens;
const REFRESH_REUSE_MS = 60_000;

/**
 * A new ID token from the refresh token. Concurrent requests carrying the same (old) cookie share one refresh, and
 * its answer is reused for a minute, because providers that rotate refresh tokens treat a second use as theft.
 */
export function refreshTokens(cfg: OidcConfig, refresh: string, now = Date.now()): Promise<Refreshed> {
  const s = state();
  const key = crypto.createHash('sha256').update(refresh).digest('hex');
  for (const [k, v] of s.refreshing) if (now - v.at > REFRESH_REUSE_MS) s.refreshing.delete(k);
  const hit = s.refreshing.get(key);
  if (hit) return hit.result;
  const result = providerConfiguration(cfg).then(async (config) => tokensOf(await client.refreshTokenGrant(config, refresh), refresh));
  result.catch(() => s.refreshing.delete(key));
  s.refreshing.set(key, { at: now, result });
  return result;
}

/** Sign-out at the provider: revoke the refresh token (best effort), and the URL that ends the provider's session. */
export async function signOutAtProvider(cfg: OidcConfig, session: { token: string; refresh?: string }, postLogout: string): Promise<string | undefined> {
  const config = await providerConfiguration(cfg);
  if (session.refresh) await client.tokenRevocation(config, session.refresh, { token_type_hint: 'refresh_token' }).catch(() => undefined);
  if (!config.serverMetadata().end_session_endpoint) return undefined;
  return client.buildEndSessionUrl(config, { id_token_hint: session.token, post_logout_redirect_uri: postLogout }).toString();
}
