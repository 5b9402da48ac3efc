// Where the Kubernetes API server is and how to reach it: KUBECONFIG (or ~/.kube/config) when present,
// else the in-cluster service account. Loaded once per process; one KubeConfig per context so each
// keeps its own TLS agent.
import { KubeConfig } from '@kubernetes/client-node';
import fs from 'node:fs';

let base: KubeConfig | undefined;
const perContext = new Map<string, KubeConfig>();

function load(): KubeConfig {
  const kc = new KubeConfig();
  const inCluster = !process.env.KUBECONFIG && process.env.KUBERNETES_SERVICE_HOST && fs.existsSync('/var/run/secrets/kubernetes.io/serviceaccount/token');
  if (inCluster) kc.loadFromCluster();
  else kc.loadFromDefault();
  return kc;
}

/** The kubeconfig as loaded (current-context as written in the file). */
export function baseKubeConfig(): KubeConfig {
  base ??= load();
  return base;
}

export function hasContext(name: string): boolean {
  return baseKubeConfig().getContextObject(name) !== null;
}

/** A KubeConfig whose current context is `name`; throws when the context does not exist. */
export function kubeConfigForContext(name: string): KubeConfig {
  let kc = perContext.get(name);
  if (!kc) {
    if (!hasContext(name)) throw new Error(`kubeconfig has no context named "${name}"`);
    kc = new KubeConfig();
    kc.loadFromString(baseKubeConfig().exportConfig());
    kc.setCurrentContext(name);
    perContext.set(name, kc);
  }
  return kc;
}

/**
 * TLS-only config for people who bring their own bearer token: the current context's cluster with an
 * empty user, so none of the kubeconfig's own credentials leak into their requests.
 */
let anonymous: KubeConfig | undefined;
export function kubeConfigWithoutUser(): KubeConfig {
  if (!anonymous) {
    const cluster = baseKubeConfig().getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    anonymous = new KubeConfig();
    anonymous.loadFromClusterAndUser(cluster, { name: 'fleetdash-session' });
  }
  return anonymous;
}

/** For tests: forget what was loaded. */
export function resetKubeConfigForTests(): void {
  base = undefined;
  anonymous = undefined;
  perContext.clear();
}
