// What the server does once at start (instrumentation.ts, Node.js runtime only): check the configuration (a bad
// variable stops the start, named), say loudly whether local mode is on (everyone is the kubeconfig's user) or was
// refused, and shut down gracefully on SIGTERM and SIGINT (shutdown.ts). Nothing here may load the Kubernetes client:
// the watch cache registers its own stop with onShutdown when it is created.
import { ConfigError, loadConfig, unknownVariables } from '@/lib/config';
import { localMode, localModeBanner } from '@/lib/auth/local-mode';
import { log } from '@/lib/log';
import { shutdown } from './shutdown';

export function startServer(): void {
  try {
    const c = loadConfig();
    // The base path is fixed when the app is built; a different one at run time would serve pages at one path and
    // send the browser's API calls to another.
    const built = process.env.FLEETDASH_BUILD_BASE_PATH ?? '';
    if (c.FLEETDASH_BASE_PATH !== undefined && c.FLEETDASH_BASE_PATH !== built) {
      throw new ConfigError([`FLEETDASH_BASE_PATH is "${c.FLEETDASH_BASE_PATH}" but this build serves ${built ? `"${built}"` : 'the root path'}: build with the same value`]);
    }
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    log.error(e.message, { problems: e.problems });
    process.exit(1);
  }
  for (const name of unknownVariables(process.env)) log.warn(`${name} is not a setting of this dashboard; it is ignored (a typo, or a setting of another release?)`);
  const banner = localModeBanner(localMode());
  if (banner) console.error(banner);
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    log.warn('NEXT_MANUAL_SIG_HANDLE is not set: on SIGTERM Next.js exits at once (143) instead of closing live streams first.');
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}
