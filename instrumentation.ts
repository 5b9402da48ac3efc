// Once per server start: say loudly whether local mode is on (everyone is the kubeconfig's user) or was refused,
// and name settings that are ignored because they do not parse.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { localMode, localModeBanner } = await import('@/lib/auth/local-mode');
  const { originConfigProblems } = await import('@/lib/http/origin');
  const banner = localModeBanner(localMode());
  if (banner) console.error(banner);
  for (const p of originConfigProblems()) console.error(`WARNING: ${p}`);
  // Sign-in settings that are wrong stop the server: running without the sign-in the operator configured is worse.
  const { oidcConfig } = await import('@/lib/auth/oidc-config');
  const { authProxyConfig } = await import('@/lib/auth/proxy-config');
  for (const check of [oidcConfig, authProxyConfig]) {
    try {
      check();
    } catch (err) {
      console.error(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
  }
  if (authProxyConfig()) console.error('Auth-proxy mode: people are who the proxy names (requests without its shared secret are not trusted); local mode is off.');
}
