// Property test: after any sequence of adds, updates and deletes of Fleet-shaped objects, the incremental findings
// equal a full pass of every detector over the same objects, for any workspace selection, clock and Secret answers.
import { describe, expect, it } from 'vitest';
import { runDetectors } from './index';
import { IncrementalFindings, type FollowedKind } from './incremental';
import * as T from './testdata';
import type { BundleDeploymentIn, BundleIn, ClusterGroupIn, ClusterIn, DetectorInput, GitRepoIn } from './types';

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const WORKSPACES = ['fleet-default', 'fleet-local'];
const GITREPOS = ['r1', 'r2', 'helm-missing-deps'];
const BUNDLES = ['fleet-agent-a', 'fleet-agent-b', 'app-1', 'app-2', 'helm-missing-deps-charts-webapp'];
const CLUSTERS = ['c1', 'c2', 'c3', 'c4', 'c5'];
const clone = <T,>(o: T): T => structuredClone(o);
const named = <O extends { metadata: { name: string; namespace?: string; labels?: Record<string, string> } }>(o: O, ns: string, name: string): O => {
  const c = clone(o);
  c.metadata = { ...c.metadata, namespace: ns, name };
  return c;
};

const gitrepoTemplates: GitRepoIn[] = [
  T.helmSecretRepo,
  T.clientSecretRepo,
  { metadata: { name: 'x' }, spec: {} },
  { metadata: { name: 'x' }, spec: {}, status: { conditions: [{ type: 'Stalled', status: 'True', message: 'fleet apply: invalid YAML on line 3' }] } },
  { metadata: { name: 'x' }, spec: {}, status: { conditions: [{ type: 'Stalled', status: 'True', message: 'updating helm dependencies: no cached repo found' }] } },
  { metadata: { name: 'x' }, spec: {}, status: { display: { message: 'found in Chart.yaml, but missing in charts/ directory: redis' } } },
];
const conflict = 'ErrApplied(2) [Cluster fleet-default/c1: conflict occurred while applying object default/cm /v1, Kind=ConfigMap: Apply failed with 1 conflict: conflict with "kubectl-edit" using v1: .data.greeting]';
const bundleTemplate = (r: ReturnType<typeof rng>, name: string): BundleIn => {
  const repo = { 'fleet.cattle.io/repo-name': r.pick(GITREPOS) };
  const choices: BundleIn[] = [
    T.agentBundle,
    { ...T.depsBundle, metadata: { ...T.depsBundle.metadata, labels: repo } },
    T.readyBundle(name),
    T.readyBundle(name, { helm: { values: { nodeSelector: { 'kubernetes.io/os': 'windows' } } } }),
    { ...T.readyBundle(name), metadata: { name, labels: repo }, status: { summary: { desiredReady: 2, ready: 0, errApplied: 2 }, conditions: [{ type: 'Ready', status: 'False', message: conflict }] } },
    { ...T.readyBundle(name), status: { summary: { desiredReady: 1, ready: 0, errApplied: 1 }, conditions: [{ type: 'Ready', status: 'False', message: 'ErrApplied(1) [Cluster fleet-default/c2: yaml: line 4: bad]' }] } },
    { ...T.readyBundle(name), status: { summary: { desiredReady: 1, ready: 0, modified: 1 }, display: { state: 'Modified' } } },
  ];
  return r.pick(choices);
};
const clusterTemplate = (r: ReturnType<typeof rng>): ClusterIn =>
  r.pick([
    T.cluster('x'),
    T.cluster('x', { lastSeen: T.minutes(124) }),
    T.cluster('x', { lastSeen: T.minutes(3 * 24 * 60 + Math.floor(r.next() * 100)) }),
    T.cluster('x', { lastSeen: null }),
    T.cluster('x', { labels: { os: 'windows' } }),
    T.cluster('x', { labels: { 'kubernetes.io/os': 'windows', proxied: 'true' }, lastSeen: T.minutes(40) }),
    T.proxied('x', true),
    T.proxied('x', false),
    T.cluster('x', { spec: { redeployAgentGeneration: 3 }, status: { agentDeployedGeneration: 2 } }),
  ]);
const groupTemplates: ClusterGroupIn[] = [
  T.proxyGroup,
  { metadata: { name: 'x' }, spec: { selector: { matchLabels: { os: 'windows' } } } },
  { metadata: { name: 'x' }, spec: {} },
  { metadata: { name: 'x' }, spec: { selector: {} } },
];
const bdTemplate = (r: ReturnType<typeof rng>): BundleDeploymentIn => {
  const drift = { modifiedStatus: [{ apiVersion: 'v1', kind: 'ConfigMap', name: r.pick(['a', 'b', 'c']), namespace: 'x', patch: '{"data":{}}' }] } as never;
  const b = T.bd(r.pick(BUNDLES), r.pick(CLUSTERS), r.next() < 0.4 ? drift : {}, r.next() < 0.6);
  const l = b.metadata.labels!;
  l['fleet.cattle.io/bundle-namespace'] = r.pick(WORKSPACES);
  l['fleet.cattle.io/cluster-namespace'] = r.pick(WORKSPACES);
  if (r.next() < 0.1) delete l['fleet.cattle.io/bundle-namespace'];
  b.metadata.namespace = `cluster-${l['fleet.cattle.io/cluster-namespace']}-${l['fleet.cattle.io/cluster']}`;
  b.metadata.name = `${l['fleet.cattle.io/bundle-name']}-${r.pick(['1', '2'])}`;
  return b;
};

type World = { [K in FollowedKind]: Map<string, DetectorInput[K][number]> } & { bundledeployments: Map<string, BundleDeploymentIn> };
const keyOf = (o: { metadata: { namespace?: string; name: string } }) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

function fullPass(w: World, q: { workspaces: 'all' | string[]; now: number; staleAfterMs?: number; secretExists?: DetectorInput['secretExists'] }) {
  const inWs = (ns: string | undefined) => q.workspaces === 'all' || q.workspaces.includes(ns ?? '');
  const of = <O extends { metadata: { namespace?: string } }>(m: Map<string, O>) => [...m.values()].filter((o) => inWs(o.metadata.namespace));
  return runDetectors({
    now: q.now,
    staleAfterMs: q.staleAfterMs,
    secretExists: q.secretExists,
    gitrepos: of(w.gitrepos),
    bundles: of(w.bundles),
    clusters: of(w.clusters),
    clustergroups: of(w.clustergroups),
    bundledeployments: [...w.bundledeployments.values()].filter((bd) => inWs(bd.metadata.labels?.['fleet.cattle.io/bundle-namespace'] || bd.metadata.namespace)),
  });
}

function run(seed: number, steps: number) {
  const r = rng(seed);
  const w: World = { gitrepos: new Map(), bundles: new Map(), clusters: new Map(), clustergroups: new Map(), bundledeployments: new Map() };
  const bdLabel = (bd: BundleDeploymentIn, ns: string, n: string) => `${bd.metadata.labels?.[ns] ?? ''}/${bd.metadata.labels?.[n] ?? ''}`;
  // Answers more than asked (every BundleDeployment), as the lookup contract allows.
  let bdVersion = 0;
  const engine = new IncrementalFindings({
    ofBundle: (k) => [...w.bundledeployments.values()].filter((bd) => r.next() < 0.5 || bdLabel(bd, 'fleet.cattle.io/bundle-namespace', 'fleet.cattle.io/bundle-name') === k),
    onCluster: (k) => [...w.bundledeployments.values()].filter((bd) => r.next() < 0.5 || bdLabel(bd, 'fleet.cattle.io/cluster-namespace', 'fleet.cattle.io/cluster') === k),
    version: () => bdVersion,
  });
  let compared = 0;
  let nonEmpty = 0;
  for (let i = 0; i < steps; i++) {
    const kind = r.pick(['gitrepos', 'bundles', 'clusters', 'clustergroups', 'bundledeployments', 'bundledeployments'] as const);
    const ns = r.pick(WORKSPACES);
    const del = r.next() < 0.2;
    if (kind === 'bundledeployments') {
      bdVersion++;
      const bd = bdTemplate(r);
      if (del) w.bundledeployments.delete(keyOf(r.pick([...w.bundledeployments.values(), bd])));
      else w.bundledeployments.set(keyOf(bd), bd);
    } else {
      const name =
        kind === 'gitrepos' ? r.pick(GITREPOS) : kind === 'bundles' ? r.pick(BUNDLES) : kind === 'clusters' ? r.pick(CLUSTERS) : r.pick(['g1', 'g2']);
      const obj =
        kind === 'gitrepos'
          ? named(r.pick(gitrepoTemplates), ns, name)
          : kind === 'bundles'
            ? named(bundleTemplate(r, name), ns, name)
            : kind === 'clusters'
              ? named(clusterTemplate(r), ns, name)
              : named(r.pick(groupTemplates), ns, name);
      const m = w[kind] as Map<string, typeof obj>;
      if (del) {
        m.delete(keyOf(obj));
        engine.remove(kind, ns, name);
      } else {
        m.set(keyOf(obj), obj);
        engine.upsert(kind, obj as never);
      }
    }
    // Often after a single change, so the per-detector memo both hits and misses.
    if (i % 7 === 0 || r.next() < 0.4 || i === steps - 1) {
      const q = {
        workspaces: r.pick<'all' | string[]>(['all', ['fleet-default'], ['fleet-local'], [], WORKSPACES]),
        now: T.NOW + Math.floor(r.next() * 3) * 3_600_000,
        staleAfterMs: r.pick([undefined, 3 * 3_600_000]),
        secretExists: r.pick([undefined, () => undefined, () => false, (_: string, n: string) => (n.length % 2 ? true : undefined)]),
      };
      const expected = fullPass(w, q);
      expect(engine.findings(q), `seed ${seed}, step ${i}`).toEqual(expected);
      compared++;
      if (expected.length) nonEmpty++;
    }
  }
  return { compared, nonEmpty };
}

describe('IncrementalFindings', () => {
  it('equals a full pass of the detectors after random changes (200 seeds × 150 changes)', () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 200; seed++) nonEmpty += run(seed, 150).nonEmpty;
    // The sequences must reach the interesting states, or equality would prove little.
    expect(nonEmpty).toBeGreaterThan(1000);
  }, 60_000); // ~1 s alone; a busy shared machine makes it several

  it('reaches every detector in the random sequences', () => {
    const seen = new Set<string>();
    const r = rng(7);
    for (let i = 0; i < 2000; i++) {
      const ns = r.pick(WORKSPACES);
      const c = named(clusterTemplate(r), ns, r.pick(CLUSTERS));
      const b = named(bundleTemplate(r, r.pick(BUNDLES)), ns, r.pick(BUNDLES));
      const g = named(r.pick(gitrepoTemplates), ns, r.pick(GITREPOS));
      const bd = bdTemplate(r);
      const peer = T.proxied('peer', true);
      for (const f of runDetectors(T.input({ gitrepos: [g], bundles: [b], clusters: [c, named(peer, ns, 'peer')], clustergroups: [named(T.proxyGroup, ns, 'g')], bundledeployments: [bd], secretExists: () => false })))
        seen.add(f.detector);
    }
    expect([...seen].sort()).toEqual(
      ['agent-bundle-modified', 'agent-redeploy-pending', 'agents-not-reporting', 'bundle-apply-error', 'gitrepo-stalled', 'helm-dependencies-missing', 'missing-secret', 'proxy-env-missing', 'windows-scheduling'].sort(),
    );
  });

  it('re-evaluates only the changed object: a Bundle leaving ErrApplied drops its finding', () => {
    const engine = new IncrementalFindings({ ofBundle: () => [], onCluster: () => [] });
    engine.upsert('bundles', T.depsBundle);
    expect(engine.findings({ workspaces: 'all', now: T.NOW }).map((f) => f.id)).toEqual(['helm-dependencies-missing:fleet-default/helm-missing-deps-charts-webapp']);
    engine.upsert('bundles', T.readyBundle('helm-missing-deps-charts-webapp'));
    expect(engine.findings({ workspaces: 'all', now: T.NOW })).toEqual([]);
  });

  it('runs the proxy detector over a namespace again only when what it reads there changed, not on agent heartbeats', () => {
    const engine = new IncrementalFindings({ ofBundle: () => [], onCluster: () => [] });
    engine.upsert('clustergroups', T.proxyGroup);
    engine.upsert('clusters', T.proxied('a', true));
    engine.upsert('clusters', T.proxied('b', true));
    engine.upsert('clusters', T.proxied('c', false));
    const ids = () => engine.findings({ workspaces: ['fleet-default'], now: T.NOW }).map((f) => f.id);
    expect(ids()).toEqual(['proxy-env-missing:fleet-default/proxied-eu']);
    expect(engine.proxyPasses).toBe(1);
    // A heartbeat: only status.agent.lastSeen changes.
    engine.upsert('clusters', T.proxied('c', false, { status: { agent: { lastSeen: new Date(T.NOW).toISOString() } } } as never));
    expect(ids()).toEqual(['proxy-env-missing:fleet-default/proxied-eu']);
    expect(engine.proxyPasses).toBe(1);
    // The variables added: the finding goes, after one more pass.
    engine.upsert('clusters', T.proxied('c', true));
    expect(ids()).toEqual([]);
    expect(engine.proxyPasses).toBe(2);
  });

  it('answers from the memo for detectors whose inputs did not change (a GitRepo write leaves the silent-agent finding as it was)', () => {
    const engine = new IncrementalFindings({ ofBundle: () => [], onCluster: () => [], version: () => 0 });
    engine.upsert('clusters', T.cluster('gone', { lastSeen: T.minutes(124) }));
    const q = { workspaces: 'all' as const, now: T.NOW };
    const silent = () => engine.findings(q).find((f) => f.detector === 'agents-not-reporting');
    const first = silent();
    expect(first?.objects.map((o) => o.name)).toEqual(['gone']);
    engine.upsert('gitrepos', T.helmSecretRepo);
    expect(silent()).toBe(first);
    engine.upsert('clusters', T.cluster('gone', { lastSeen: T.minutes(200) }));
    expect(silent()).not.toBe(first);
    expect(engine.findings({ ...q, now: T.NOW + 1 }).find((f) => f.detector === 'agents-not-reporting')).not.toBe(silent());
  });
});
