// oauth2-proxy (built from controlplane/oauth2-proxy by controlplane/scripts/build-oauth2-proxy.sh) in front of a
// dashboard in auth-proxy mode: it signs people in at the local OpenID provider as its own client `oauth2-proxy`
// (registered by controlplane/scripts/up.sh), then forwards every request with the person's name and groups from the
// ID token and the shared secret, through its alpha configuration's injectRequestHeaders (which also strips whatever
// the browser sent in those headers).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CA_FILE, OIDC_ISSUER } from './oidc';

const root = path.resolve(__dirname, '..', '..');

/** Builds it when the per-user cache does not have it yet (0 s when it does) and answers the binary's path. */
function oauth2ProxyBinary(): string {
  execFileSync('bash', [path.join(root, 'controlplane/scripts/build-oauth2-proxy.sh')], { stdio: 'inherit' });
  const dir = execFileSync('bash', ['-c', 'source controlplane/scripts/versions.sh && printf %s "$OAUTH2_PROXY_BIN"'], { cwd: root }).toString();
  return path.join(dir, 'oauth2-proxy');
}

/** The alpha configuration (oauth2-proxy's docs/docs/configuration/alpha_config.md, v7.15). */
function alphaConfig(port: number, upstream: string, clientSecret: string): string {
  return JSON.stringify({
    server: { bindAddress: `127.0.0.1:${port}` },
    upstreamConfig: { upstreams: [{ id: 'dashboard', path: '/', uri: upstream, passHostHeader: true }] },
    providers: [
      {
        id: 'local',
        provider: 'oidc',
        name: 'Local provider',
        clientID: 'oauth2-proxy',
        clientSecret,
        scope: 'openid profile email groups',
        code_challenge_method: 'S256',
        caFiles: [CA_FILE],
        oidcConfig: { issuerURL: OIDC_ISSUER, emailClaim: 'email', groupsClaim: 'groups', userIDClaim: 'preferred_username' },
      },
    ],
    injectRequestHeaders: [
      { name: 'X-Forwarded-User', values: [{ claimSource: { claim: 'preferred_username' } }] },
      { name: 'X-Forwarded-Groups', values: [{ claimSource: { claim: 'groups' } }] },
      // From the environment, as a Secret would provide it. (`value:` in this JSON-shaped file reached the upstream
      // still base64-encoded in v7.15.6, not decoded as the docs say.)
      { name: 'X-Fleetdash-Proxy-Secret', values: [{ secretSource: { fromEnv: 'PROXY_SHARED_SECRET' } }] },
    ],
  });
}

export interface OAuth2Proxy {
  url: string;
  stop(): Promise<void>;
}

export async function startOAuth2Proxy(port: number, upstream: string, proxySecret: string): Promise<OAuth2Proxy> {
  const bin = oauth2ProxyBinary();
  const clientSecret = fs.readFileSync(path.join(root, '.cache', 'controlplane-test', 'oauth2-proxy-client-secret'), 'utf8').trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-oauth2-proxy-'));
  const config = path.join(dir, 'alpha.yaml'); // JSON is YAML
  fs.writeFileSync(config, alphaConfig(port, upstream, clientSecret), { mode: 0o600 });
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    bin,
    [
      `--alpha-config=${config}`,
      `--redirect-url=${url}/oauth2/callback`,
      `--cookie-secret=${crypto.randomBytes(16).toString('hex')}`,
      '--cookie-secure=false',
      '--email-domain=*',
      // Straight to the provider's form: there is one provider.
      '--skip-provider-button=true',
      '--show-debug-on-error=true',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PROXY_SHARED_SECRET: proxySecret } },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`oauth2-proxy exited: ${log.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/ping`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`oauth2-proxy did not answer within 30 s: ${log.slice(-3000)}`);
}
