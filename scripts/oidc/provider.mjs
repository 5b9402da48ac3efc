// A real OpenID Connect provider for local runs and the e2e tests: the OpenID Certified `oidc-provider` package over
// https, with a few test people in groups and a minimal login form (name + password). It issues ID tokens carrying
// `preferred_username`, `email` and `groups`, and refresh tokens, to two confidential clients: the dashboard, and
// oauth2-proxy in front of a dashboard in auth-proxy mode (e2e/proxy.spec.ts).
// Started by controlplane/scripts/up.sh for the test instance; configuration from the environment:
//   OIDC_PORT, OIDC_TLS_CERT, OIDC_TLS_KEY, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URIS (comma-separated),
//   OIDC_POST_LOGOUT_REDIRECT_URIS (comma-separated), OIDC_ID_TOKEN_TTL (seconds, default 3600);
//   OIDC_PROXY_CLIENT_SECRET, OIDC_PROXY_REDIRECT_URIS (comma-separated): the `oauth2-proxy` client, when set.
import fs from 'node:fs';
import https from 'node:https';
import crypto from 'node:crypto';
import { Provider } from 'oidc-provider';

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`${name} is required`);
  return v;
};
const port = Number(env('OIDC_PORT'));
const issuer = `https://127.0.0.1:${port}`;
const list = (name) => env(name, '').split(',').map((s) => s.trim()).filter(Boolean);

// Test people. carol is in 64 more groups named by opaque IDs (as some providers name groups), so her ID token is about
// 4 KB and does not compress: the session must still fit the browser.
const PEOPLE = {
  alice: { password: 'alice-password', groups: ['fleet-operators'], name: 'Alice Operator' },
  bob: { password: 'bob-password', groups: ['fleet-viewers'], name: 'Bob Viewer' },
  carol: { password: 'carol-password', groups: ['fleet-viewers', ...Array.from({ length: 64 }, (_, i) => crypto.createHash('sha256').update(`group-${i}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/, '$1-$2-$3-$4-$5'))], name: 'Carol Many-Groups' },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env('OIDC_CLIENT_ID'),
      client_secret: env('OIDC_CLIENT_SECRET'),
      redirect_uris: list('OIDC_REDIRECT_URIS'),
      post_logout_redirect_uris: list('OIDC_POST_LOGOUT_REDIRECT_URIS'),
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
    ...(process.env.OIDC_PROXY_CLIENT_SECRET
      ? [
          {
            client_id: 'oauth2-proxy',
            client_secret: env('OIDC_PROXY_CLIENT_SECRET'),
            redirect_uris: list('OIDC_PROXY_REDIRECT_URIS'),
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
          },
        ]
      : []),
  ],
  // Random per start: nothing here outlives the process.
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'], groups: ['groups'] },
  scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
  // The scopes' claims go into the ID token itself: the API server reads only the ID token.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false }, revocation: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // Every sign-in of the dashboard gets a refresh token, so it can renew the ID token before it expires.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: {
    IdToken: Number(env('OIDC_ID_TOKEN_TTL', '3600')),
    AccessToken: Number(env('OIDC_ID_TOKEN_TTL', '3600')),
    RefreshToken: 24 * 3600,
    Session: 24 * 3600,
    Grant: 24 * 3600,
    Interaction: 600,
  },
  findAccount: async (_ctx, id) => {
    const p = PEOPLE[id];
    if (!p) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, name: p.name, preferred_username: id, email: `${id}@example.com`, email_verified: true, groups: p.groups }),
    };
  },
});

const html = (title, body) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:24rem;margin:3rem auto">${body}</body></html>`;
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const loginForm = (uid, error) =>
  html(
    'Sign in to the local provider',
    `<h1>Local OpenID provider</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label>Username <input name="username" autocomplete="username" required autofocus></label><br>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label><br>
<button type="submit">Sign in</button></form>`,
  );

async function readForm(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (req.method === 'GET' && !action) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(loginForm(uid));
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const who = form.get('username') ?? '';
    const p = PEOPLE[who];
    if (!p || p.password !== form.get('password')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(loginForm(uid, 'Unknown user or wrong password.'));
    }
    // The dashboard is this provider's own first-party client: consent is given with the sign-in.
    const grant = new provider.Grant({ accountId: who, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { login: { accountId: who }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }
  res.writeHead(404).end();
}

const callback = provider.callback();
const server = https.createServer({ cert: fs.readFileSync(env('OIDC_TLS_CERT')), key: fs.readFileSync(env('OIDC_TLS_KEY')) }, (req, res) => {
  const m = /^\/interaction\/([\w-]+)(?:\/(login))?$/.exec(new URL(req.url ?? '/', issuer).pathname);
  if (!m) return callback(req, res);
  interaction(req, res, m[1], m[2]).catch((err) => {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html('Sign-in failed', `<p role="alert">${escape(err.message)}</p>`));
  });
});
provider.on('server_error', (_ctx, err) => console.error('server_error', err.message));
server.listen(port, '127.0.0.1', () => console.log(`OpenID provider at ${issuer}`));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
