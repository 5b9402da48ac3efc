// Restore-related agent problems (the agent bundle: internal/cmd/controller/agentmanagement/controllers/manageagent/manageagent.go in Fleet v0.16.0): the fleet-agent bundle stuck in Modified,
// agents that stopped checking in, and agent redeploys that were requested but never happened.
import { agentContact, DEFAULT_AGENT_STALE_MS } from '../rollup';
import { summaryCount, summaryState } from '../state';
import { modifiedStatusString } from '../status-strings';
import type { BundleDeploymentIn, ClusterIn, Detector, Finding } from './types';
import { ago, byText, key, LABEL_BUNDLE, LABEL_BUNDLE_NS, listNames, n, ref } from './util';

/** Fleet names the agent bundle `fleet-agent-<cluster>` (manageagent.go); very old Fleet used one `fleet-agent`. */
export function isAgentBundleName(name: string): boolean {
  return name === 'fleet-agent' || name.startsWith('fleet-agent-');
}

export const agentBundleModified: Detector = ({ bundles, bundledeployments }) => {
  const bdsByBundle = new Map<string, BundleDeploymentIn[]>();
  for (const bd of bundledeployments) {
    const l = bd.metadata.labels ?? {};
    const b = l[LABEL_BUNDLE];
    if (!b || !isAgentBundleName(b)) continue;
    const k = key(l[LABEL_BUNDLE_NS], b);
    bdsByBundle.set(k, [...(bdsByBundle.get(k) ?? []), bd]);
  }
  const out: Finding[] = [];
  for (const b of bundles) {
    if (!isAgentBundleName(b.metadata.name)) continue;
    const s = b.status?.summary;
    const modified = summaryCount(s, 'Modified') > 0 || b.status?.display?.state === 'Modified' || summaryState(s) === 'Modified';
    if (!modified) continue;
    const before = b.spec?.forceSyncGeneration ?? 0;
    const drift = [
      ...(s?.nonReadyResources ?? []).flatMap((r) => r.modifiedStatus ?? []),
      ...(bdsByBundle.get(key(b.metadata.namespace, b.metadata.name)) ?? []).flatMap((bd) => bd.status?.modifiedStatus ?? []),
    ].map(modifiedStatusString);
    const uniqueDrift = [...new Set(drift)].sort(); // sorted: the same text whatever order the deployments came in
    out.push({
      id: `agent-bundle-modified:${key(b.metadata.namespace, b.metadata.name)}`,
      detector: 'agent-bundle-modified',
      severity: 'error',
      title: `Agent bundle ${b.metadata.name} is stuck in Modified`,
      explanation:
        'The fleet-agent bundle differs from what Fleet deployed, typically after a Rancher backup was restored ' +
        '(the restore brings back old agent objects and drops Secrets such as fleet-agent-bootstrap). ' +
        'Fleet does not re-apply an unchanged bundle on its own; raising spec.forceSyncGeneration makes the agent ' +
        'redeploy the bundle and clears the drift.' +
        (uniqueDrift.length ? ` Drift reported: ${listNames(uniqueDrift, 3)}.` : ''),
      objects: [ref('Bundle', b.metadata, `forceSyncGeneration ${before}`)],
      fix: {
        type: 'forceSync',
        label: `Force sync: spec.forceSyncGeneration ${before} → ${before + 1}`,
        bundle: ref('Bundle', b.metadata),
        before,
        after: before + 1,
      },
    });
  }
  return out;
};

/** Clusters whose agent has not checked in for staleAfterMs (or never did): Fleet cannot deploy to them. */
export const agentsNotReporting: Detector = ({ clusters, now, staleAfterMs = DEFAULT_AGENT_STALE_MS }) => {
  const silent: { c: ClusterIn; note: string; seenAt: number }[] = [];
  for (const c of clusters) {
    const contact = agentContact(c, now, staleAfterMs);
    if (contact === 'recent') continue;
    const seenAt = Date.parse(c.status?.agent?.lastSeen ?? '');
    const note = contact === 'never' ? 'agent never checked in (WaitCheckIn)' : `last seen ${ago(now - seenAt)} ago`;
    silent.push({ c, note, seenAt: seenAt || 0 });
  }
  if (silent.length === 0) return [];
  // Longest silence first: those are the ones a restore most likely broke.
  silent.sort((a, b) => a.seenAt - b.seenAt || byText(a.c.metadata.name, b.c.metadata.name) || byText(a.c.metadata.namespace ?? '', b.c.metadata.namespace ?? ''));
  const names = silent.map((s) => s.c.metadata.name);
  return [
    {
      id: 'agents-not-reporting',
      detector: 'agents-not-reporting',
      severity: 'error',
      title: `${n(silent.length, 'cluster')} stopped reporting`,
      explanation:
        `The Fleet agent on ${listNames(names)} has not checked in for more than ${ago(staleAfterMs)}. ` +
        'Fleet cannot deploy to these clusters or report their state. After a backup restore the agents\' ' +
        'service account tokens are no longer valid, which makes Fleet inoperable on every restored cluster. ' +
        'Force-updating the agent (spec.redeployAgentGeneration + 1) makes Fleet redeploy it with fresh credentials. ' +
        'If the cluster itself is down, bring it back first.',
      objects: silent.map((s) => ref('Cluster', s.c.metadata, s.note)),
      fix: {
        type: 'redeployAgents',
        label: `Force-update ${n(silent.length, 'agent')}`,
        clusters: silent.map((s) => {
          const before = s.c.spec?.redeployAgentGeneration ?? 0;
          return { ...ref('Cluster', s.c.metadata), before, after: before + 1 };
        }),
      },
    },
  ];
};

/** spec.redeployAgentGeneration ≠ status.agentDeployedGeneration: a redeploy was asked for and has not happened. */
export const agentRedeployPending: Detector = ({ clusters }) => {
  const pending = clusters.filter((c) => {
    const want = c.spec?.redeployAgentGeneration;
    const have = c.status?.agentDeployedGeneration;
    return want !== undefined && want > 0 && have !== undefined && have !== null && have !== want;
  });
  return pending.map((c) => ({
    id: `agent-redeploy-pending:${key(c.metadata.namespace, c.metadata.name)}`,
    detector: 'agent-redeploy-pending' as const,
    severity: 'warning' as const,
    title: `Agent redeploy on ${c.metadata.name} has not happened`,
    explanation:
      `spec.redeployAgentGeneration is ${c.spec?.redeployAgentGeneration} but the deployed agent is generation ` +
      `${c.status?.agentDeployedGeneration}. Fleet redeploys the agent through the cluster's kubeconfig Secret; if that ` +
      'Secret was not restored, or the cluster is unreachable from the Fleet controller, the redeploy stays pending.',
    objects: [ref('Cluster', c.metadata, `wanted ${c.spec?.redeployAgentGeneration}, deployed ${c.status?.agentDeployedGeneration}`)],
  }));
};
