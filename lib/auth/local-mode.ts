// Local mode (FLEETDASH_LOCAL_USER_CONTEXT): requests without a session act as a kubeconfig context, so
// anybody who can reach the server is that user. It is only allowed when the server listens on a loopback
// address, or when FLEETDASH_LOCAL_MODE_ANY_ADDRESS=true says the operator wants it anyway (e.g. behind an
// authenticating proxy). No I/O here: the decision is a function of the environment and the command line.

type Env = Record<string, string | undefined>;

export type LocalMode =
  | { enabled: true; context: string; listen: string; optIn: boolean }
  | { enabled: false; context?: string; reason?: string };

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i;

/**
 * The address the server listens on: `next start|dev -H <host>` (or --hostname) on the command line. Without it,
 * Next.js listens on every address. __NEXT_PRIVATE_ORIGIN (written by Next.js once listening) is only a fallback for a
 * process without the flag, and only when it is a literal address: it says "localhost" for "every address" and
 * "[::1]" for "::". A custom server without either reports HOSTNAME.
 */
export function listenHost(env: Env, argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '-H' || a === '--hostname');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--hostname='))?.slice('--hostname='.length);
  if (flag) return flag;
  if (!env.__NEXT_PRIVATE_ORIGIN) return env.HOSTNAME || undefined;
  try {
    const h = new URL(env.__NEXT_PRIVATE_ORIGIN).hostname;
    return h === 'localhost' || h === '[::1]' ? undefined : h;
  } catch {
    return undefined;
  }
}

export function localMode(env: Env = process.env, argv: readonly string[] = process.argv): LocalMode {
  const context = env.FLEETDASH_LOCAL_USER_CONTEXT?.trim() || undefined;
  if (!context) return { enabled: false };
  const listen = listenHost(env, argv);
  const optIn = /^(1|true|yes)$/i.test(env.FLEETDASH_LOCAL_MODE_ANY_ADDRESS ?? '');
  if (listen && LOOPBACK.test(listen)) return { enabled: true, context, listen, optIn: false };
  if (optIn) return { enabled: true, context, listen: listen ?? 'every address', optIn: true };
  return {
    enabled: false,
    context,
    reason:
      `FLEETDASH_LOCAL_USER_CONTEXT=${context} is ignored: the server listens on ${listen ?? 'every address'}, not on loopback only, ` +
      `so anybody who reaches it would act as "${context}". Start it with -H 127.0.0.1, or set FLEETDASH_LOCAL_MODE_ANY_ADDRESS=true ` +
      `if something in front already authenticates every visitor. Until then everyone signs in with a token.`,
  };
}

/** The start-up banner: loud, because in local mode the kubeconfig's user is everyone's user. */
export function localModeBanner(m: LocalMode): string | undefined {
  if (m.enabled) {
    const line = '!'.repeat(100);
    return [
      line,
      `LOCAL MODE: requests without a session act as kubeconfig context "${m.context}" (listening on ${m.listen}${m.optIn ? ', allowed by FLEETDASH_LOCAL_MODE_ANY_ADDRESS' : ''}).`,
      'Anyone who can reach this address has that user\'s rights. Unset FLEETDASH_LOCAL_USER_CONTEXT to require sign-in.',
      line,
    ].join('\n');
  }
  return m.reason ? `ERROR: ${m.reason}` : undefined;
}
