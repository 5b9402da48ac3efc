// Once per server start: say loudly whether local mode is on (everyone is the kubeconfig's user) or was refused,
// and name settings that are ignored because they do not parse.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { localMode, localModeBanner } = await import('@/lib/auth/local-mode');
  const { originConfigProblems } = await import('@/lib/http/origin');
  const banner = localModeBanner(localMode());
  if (banner) console.error(banner);
  for (const p of originConfigProblems()) console.error(`WARNING: ${p}`);
}
