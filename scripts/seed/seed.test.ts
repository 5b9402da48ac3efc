import { describe, expect, it } from 'vitest';
import { BUNDLE_STATES, bundleDeploymentState, type BundleState } from '@/lib/fleet/state';
import { bundleObjectState, gitRepoState } from '@/lib/fleet/object-state';
import { clusterNamespace, safeConcatName } from './cluster-namespace';
import * as F from './fixtures';
import { stagedPartitions } from './staged-rollout';
import { rolloutModel } from '@/lib/fleet/rollout';
import { buildModel, defaultParams, type Model } from './model';
import { secrets } from './objects';
import { rollupStatuses, walk, type BDObject } from './world';

const NOW = Date.parse('2026-03-02T10:15:00Z');

async function world(m: Model) {
  const bds: BDObject[] = [];
  const rollups = await walk(m, NOW, (bd) => {
    bds.push(bd);
  });
  return { bds, rollups, statuses: rollupStatuses(m, rollups, NOW) };
}

describe('Fleet naming', () => {
  it('computes cluster namespaces exactly like Fleet', () => {
    expect(clusterNamespace('fleet-local', 'local')).toBe(F.LOCAL_CLUSTER_NAMESPACE);
    expect(clusterNamespace('fleet-local', 'cluster-294db1acfa77')).toBe('cluster-fleet-local-cluster-294db1acfa77-d9ccf852678f');
  });
  it('shortens long names with a hash suffix', () => {
    const n = safeConcatName('fleet-agent', 'x'.repeat(80));
    expect(n).toHaveLength(63);
    expect(n).toMatch(/^fleet-agent-x+-[0-9a-f]{5}$/);
  });
});

describe('seed model', () => {
  it('is deterministic', async () => {
    const a = await world(buildModel(defaultParams(40)));
    const b = await world(buildModel(defaultParams(40)));
    expect(JSON.stringify(a.bds)).toBe(JSON.stringify(b.bds));
    expect(JSON.stringify(a.statuses)).toBe(JSON.stringify(b.statuses));
  });

  it('keeps generated cluster names stable when the size grows', () => {
    const small = buildModel(defaultParams(30)).clusters.filter((c) => c.ws === F.WS_DEFAULT).map((c) => c.name);
    const big = new Set(buildModel(defaultParams(300)).clusters.map((c) => c.name));
    for (const n of small) expect(big.has(n)).toBe(true);
  });

  it('rejects sizes too small for the fixtures', () => {
    expect(() => buildModel(defaultParams(F.MIN_CLUSTERS - 1))).toThrow(/at least/);
  });

  it('contains every fixture', () => {
    const m = buildModel(defaultParams(F.MIN_CLUSTERS));
    const clusters = new Set(m.clusters.map((c) => `${c.ws}/${c.name}`));
    for (const n of [...F.PROXY_CLUSTERS, F.PROXY_MISSING_CLUSTER, ...F.WINDOWS_CLUSTERS, F.OFFLINE_CLUSTER, F.STALE_CLUSTER, F.WAITCHECKIN_CLUSTER, F.RESTORED_CLUSTER, F.OLD_K8S_CLUSTER, F.LIVE_FLAPPING_CLUSTER]) {
      expect(clusters.has(`${F.WS_DEFAULT}/${n}`), n).toBe(true);
    }
    expect(m.clusters.find((c) => c.name === F.LOCAL_CLUSTER)?.namespace).toBe(F.LOCAL_CLUSTER_NAMESPACE);
    const repos = new Set(m.repos.map((r) => r.name));
    for (const [k, v] of Object.entries(F)) if (k.startsWith('GITREPO_')) expect(repos.has(v as string), k).toBe(true);
    expect(m.bundles.some((b) => b.ws === F.WS_DEFAULT && b.name === F.AGENT_MODIFIED_BUNDLE)).toBe(true);
    expect(m.bundles.some((b) => b.name === F.BUNDLE_MISSING_DEPS)).toBe(true);
    expect(secrets().map((s) => s.metadata.name)).not.toContain(F.MISSING_SECRET);
    expect(m.repos.find((r) => r.name === F.GITREPO_MISSING_SECRET)?.clientSecretName).toBe(F.MISSING_SECRET);
    const proxied = m.groupMembers.get(`${F.WS_DEFAULT}/${F.GROUP_PROXIED}`) ?? [];
    expect(proxied.map((c) => c.proxy)).toEqual([true, true, true, false]);
    expect(m.groupMembers.get(`${F.WS_DEFAULT}/${F.GROUP_EMPTY}`)).toEqual([]);
  });

  it('writes every BundleDeployment state, and Pending only in Bundle summaries', async () => {
    const { bds, rollups } = await world(buildModel(defaultParams(30)));
    const seen = new Set<BundleState>(bds.map((bd) => bundleDeploymentState(bd as never)));
    expect(seen.has('Pending')).toBe(false);
    for (const acc of rollups.bundles.values()) if ((acc.summary.pending ?? 0) > 0) seen.add('Pending');
    expect([...seen].sort()).toEqual([...BUNDLE_STATES].sort());
    for (const bd of bds) expect((bd.status?.display as { state?: string } | undefined)?.state).toBe(bundleDeploymentState(bd as never));
  });

  it('keeps every roll-up consistent with the BundleDeployments', async () => {
    const m = buildModel(defaultParams(60));
    const { bds, statuses } = await world(m);
    const count = (pred: (bd: BDObject) => boolean) => bds.filter(pred).length;
    const ready = (bd: BDObject) => bundleDeploymentState(bd as never) === 'Ready';
    for (const { b, status } of statuses.bundles) {
      if (b.repo?.git.targetingError) continue; // no BundleDeployments; checked below
      const mine = (bd: BDObject) => bd.metadata.name === b.name && bd.metadata.labels['fleet.cattle.io/bundle-namespace'] === b.ws;
      const s = status.summary as { ready: number; desiredReady: number; pending?: number };
      expect(s.desiredReady - (s.pending ?? 0), b.name).toBe(count(mine));
      expect(s.ready).toBe(count((bd) => mine(bd) && ready(bd)));
      expect((status.display as { readyClusters: string }).readyClusters).toBe(`${s.ready}/${s.desiredReady}`);
    }
    for (const { repo, status } of statuses.repos) {
      const mine = (bd: BDObject) => bd.metadata.labels['fleet.cattle.io/repo-name'] === repo.name && bd.metadata.labels['fleet.cattle.io/bundle-namespace'] === repo.ws;
      expect((status.display as { readyBundleDeployments: string }).readyBundleDeployments, repo.name).toBe(`${count((bd) => mine(bd) && ready(bd))}/${count(mine)}`);
      const readyCond = (status.conditions as { type: string; status: string }[]).find((c) => c.type === 'Ready');
      expect(readyCond?.status).toBe(bds.some((bd) => mine(bd) && !ready(bd)) || repo.git.targetingError ? 'False' : 'True');
    }
    for (const { c, status } of statuses.clusters) {
      const s = status.summary as { ready: number; desiredReady: number };
      expect(s.desiredReady, c.name).toBe(count((bd) => bd.metadata.namespace === c.namespace));
      expect(s.ready).toBe(count((bd) => bd.metadata.namespace === c.namespace && ready(bd)));
    }
    for (const { g, status } of statuses.groups) {
      const members = m.groupMembers.get(`${g.ws}/${g.name}`) ?? [];
      const ns = new Set(members.map((c) => c.namespace));
      expect(status.clusterCount).toBe(members.length);
      expect((status.summary as { desiredReady: number }).desiredReady).toBe(count((bd) => ns.has(bd.metadata.namespace)));
    }
    const waitCheckIn = statuses.clusters.find(({ c }) => c.name === F.WAITCHECKIN_CLUSTER);
    expect((waitCheckIn?.status.display as { state?: string }).state).toBe('WaitCheckIn');
  });

  it('writes one GitRepo in each state the dashboard derives, as Fleet writes it', async () => {
    const m = buildModel(defaultParams(30));
    const { statuses } = await world(m);
    // The writer sets observedGeneration from metadata.generation (1 here), except for the two that are behind.
    const repoState = (name: string, generation = 1) => {
      const { repo, status } = statuses.repos.find(({ repo }) => repo.name === name)!;
      const observed = repo.git.notAccepted ? 0 : repo.git.unobserved ? generation - 1 : generation;
      return gitRepoState({ metadata: { generation }, status: { ...status, observedGeneration: observed } as never });
    };
    expect(repoState(F.GITREPO_PINNED).state).toBe('Ready');
    expect(repoState(F.GITREPO_UNPROCESSED, 2).state).toBe('NotProcessed');
    expect(repoState(F.GITREPO_MISSING_SECRET)).toEqual({ state: 'Error', message: 'authentication required: Repository not found.' });
    expect(repoState(F.GITREPO_BROKEN_PATH)).toMatchObject({ state: 'Error', message: expect.stringMatching(/^no resource found at the following paths/) });
    expect(repoState(F.GITREPO_NOT_ACCEPTED)).toMatchObject({ state: 'Error', message: expect.stringContaining(`secrets "${F.MISSING_HELM_SECRET}" not found`) });
    expect(repoState(F.GITREPO_TEMPLATE_ERROR)).toMatchObject({ state: 'Error', message: expect.stringContaining(F.TEMPLATE_ERROR) });
    expect(repoState(F.GITREPO_GIT_UPDATING).state).toBe('GitUpdating');
    expect(repoState(F.GITREPO_PAUSED).state).toBe('OutOfSync');
    expect(repoState(F.GITREPO_MISSING_DEPS).state).toBe('ErrApplied');
    const tpl = statuses.bundles.find(({ b }) => b.name === F.BUNDLE_TEMPLATE_ERROR)!;
    expect(tpl.status.display).toEqual({});
    expect(bundleObjectState({ metadata: { generation: 1 }, status: tpl.status as never })).toMatchObject({ state: 'Error', message: expect.stringMatching(/^targeting error: cluster .* in namespace fleet-default: failed to render helm values template/) });
    // wrangler conditions carry lastUpdateTime only; Ready from a summary has no reason
    for (const { status } of [...statuses.repos, ...statuses.bundles]) {
      for (const c of status.conditions as { type: string; reason?: string; message?: string; lastTransitionTime?: string }[]) {
        expect(c.lastTransitionTime).toBeUndefined();
        if (c.type === 'Ready' && c.message?.match(/^[A-Za-z]+\(\d+\) \[/)) expect(c.reason).toBeUndefined();
      }
    }
  });

  it('renders the troubleshooting messages as Fleet does', async () => {
    const m = buildModel(defaultParams(30));
    const { statuses } = await world(m);
    const bundle = statuses.bundles.find(({ b }) => b.name === F.BUNDLE_MISSING_DEPS)!;
    const ready = (bundle.status.conditions as { type: string; message?: string }[]).find((c) => c.type === 'Ready');
    expect(ready?.message).toMatch(/^ErrApplied\(\d+\) \[Cluster fleet-default\/[a-z0-9-]+: found in Chart\.yaml, but missing in charts\/ directory: postgresql, redis\]/);
    const agent = statuses.bundles.find(({ b }) => b.name === F.AGENT_MODIFIED_BUNDLE)!;
    expect((agent.status.display as { state: string }).state).toBe('Modified');
    const restored = m.clusters.find((c) => c.name === F.RESTORED_CLUSTER)!;
    expect(restored.agentDeployedGeneration).toBeLessThan(restored.redeployAgentGeneration);
    const secretRepo = statuses.repos.find(({ repo }) => repo.name === F.GITREPO_MISSING_SECRET)!;
    expect((secretRepo.status.conditions as { type: string; status: string }[]).find((c) => c.type === 'GitPolling')?.status).toBe('False');
  });

  it('sizes BundleDeployments near --bds-per-cluster', () => {
    const m = buildModel({ clusters: 1000, gitrepos: 200, bdsPerCluster: 10 });
    const total = m.bundles.reduce((s, b) => s + b.clusters.length, 0);
    expect(total).toBeGreaterThan(1000 * 10 * 0.7);
    expect(total).toBeLessThan(1000 * 10 * 1.3);
  });
});

describe('staged rollout partitions', () => {
  it('shows every phase: done, advancing, blocking, then waiting; counts unavailable partitions as Fleet walks them', () => {
    const targets = [
      ...Array.from({ length: 6 }, (_, i) => ({ name: `ws/r${i}`, state: 'Ready' as const })),
      ...Array.from({ length: 9 }, (_, i) => ({ name: `ws/w${i}`, state: 'WaitApplied' as const })),
    ];
    const rs = { maxUnavailable: 1, maxUnavailablePartitions: 0, autoPartitionSize: 3 };
    const st = stagedPartitions(targets, rs) as { partitions: { name: string }[]; unavailablePartitions: number };
    expect(st.partitions.map((p) => p.name)).toEqual(['Partition 0 - 3', 'Partition 3 - 6', 'Partition 6 - 9', 'Partition 9 - 12', 'Partition 12 - 15']);
    expect(st.unavailablePartitions).toBe(1);
    const m = rolloutModel({ metadata: { name: 'b' }, spec: { rolloutStrategy: rs }, status: st as never });
    expect(m.partitions.map((p) => p.phase)).toEqual(['done', 'rolling', 'blocking', 'waiting', 'waiting']);
    expect(m.advancing).toBe(1);
  });
});
