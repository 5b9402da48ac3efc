// Agents behind a proxy: in a ClusterGroup where some clusters' agents get HTTP_PROXY/HTTPS_PROXY/NO_PROXY
// (cluster.spec.agentEnvVars, Rancher's "Agent Environment Variables"), members without them usually cannot reach
// the Fleet controller or registries.
import { clustersInGroup } from '../targets';
import type { ClusterIn, Detector, Finding } from './types';
import { byText, key, listNames, ref } from './util';

export const PROXY_VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'] as const;

/** Whether an agent environment variable is one of the proxy variables, in any letter case. */
export const isProxyVar = (name: string) => (PROXY_VARS as readonly string[]).includes(name.toUpperCase());

/** Proxy variable names (upper-cased) a cluster's agent gets. */
export function proxyVarsOf(c: ClusterIn): Set<string> {
  const out = new Set<string>();
  for (const e of c.spec?.agentEnvVars ?? []) {
    if (isProxyVar(e.name) && (e.value ?? '') !== '') out.add(e.name.toUpperCase());
  }
  return out;
}

/** Proxy URLs may carry credentials (http://user:pass@host): never show them. */
export function redactProxy(value: string): string {
  return value.replace(/\/\/[^/@\s]*@/, '//***@');
}

export const proxyEnvMissing: Detector = ({ clusters, clustergroups }) => {
  const out: Finding[] = [];
  for (const g of clustergroups) {
    // By name: the same text whatever order the clusters came in.
    const members = clustersInGroup(g, clusters.filter((c) => c.metadata.namespace === g.metadata.namespace)).sort((a, b) => byText(a.metadata.name, b.metadata.name));
    if (members.length < 2) continue;
    const vars = new Map(members.map((c) => [c, proxyVarsOf(c)]));
    const withProxy = members.filter((c) => vars.get(c)!.size > 0);
    // Only when most of the group uses a proxy: a few proxied clusters in a broad group (env=prod) say nothing
    // about the rest, which is most likely not behind that proxy.
    if (withProxy.length === 0 || withProxy.length * 2 < members.length) continue;
    const peerVars = new Set(withProxy.flatMap((c) => [...vars.get(c)!]));
    const lacking = members
      .map((c) => ({ c, missing: [...peerVars].filter((v) => !vars.get(c)!.has(v)).sort() }))
      .filter((x) => x.missing.length > 0);
    if (lacking.length === 0) continue;
    const example = withProxy[0]!;
    const sample = (example.spec?.agentEnvVars ?? [])
      .filter((e) => isProxyVar(e.name))
      .map((e) => `${e.name}=${redactProxy(e.value ?? '')}`);
    out.push({
      id: `proxy-env-missing:${key(g.metadata.namespace, g.metadata.name)}`,
      detector: 'proxy-env-missing',
      severity: 'warning',
      title: `Cluster group ${g.metadata.name}: ${listNames(lacking.map((x) => x.c.metadata.name), 3)} lack${lacking.length === 1 ? 's' : ''} proxy settings`,
      explanation:
        `${withProxy.length} of ${members.length} clusters in group ${g.metadata.name} give their Fleet agent proxy variables ` +
        `(${[...peerVars].sort().join(', ')}), but ${listNames(lacking.map((x) => x.c.metadata.name))} do not. ` +
        'If these clusters are behind the same proxy, their agent cannot reach the Fleet controller or pull images and ' +
        'stops reporting. Add the variables to the cluster\'s agent environment (spec.agentEnvVars; in Rancher: ' +
        `Cluster → Edit Config → Agent Environment Variables), e.g. as on ${example.metadata.name}: ${sample.join(' ')}. ` +
        'NO_PROXY must include .svc,.cluster.local and the Rancher host as seen from inside the cluster.',
      objects: [
        ref('ClusterGroup', g.metadata),
        ...lacking.map((x) => ref('Cluster', x.c.metadata, `missing ${x.missing.join(', ')}`)),
      ],
    });
  }
  return out;
};
