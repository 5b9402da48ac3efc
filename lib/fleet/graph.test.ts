import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';

const SHA = 'a'.repeat(40);
const gitRepo = {
  kind: 'GitRepo' as const,
  metadata: { name: 'shop', namespace: 'fleet-default', generation: 1 },
  status: { observedGeneration: 1, commit: SHA, summary: { ready: 1, desiredReady: 1 } },
};
const bundle = (name: string, owner = 'shop') => ({
  metadata: { name, namespace: 'fleet-default', generation: 1, labels: { 'fleet.cattle.io/repo-name': owner } },
  status: { observedGeneration: 1, summary: { ready: 1, desiredReady: 1 } },
});
type State = 'Ready' | 'NotReady' | 'ErrApplied';
const bd = (bundleName: string, cluster: string, state: State, resources: object[] = [], extra: object = {}) => ({
  metadata: {
    name: bundleName,
    namespace: `cluster-fleet-default-${cluster}`,
    labels: {
      'fleet.cattle.io/bundle-name': bundleName,
      'fleet.cattle.io/bundle-namespace': 'fleet-default',
      'fleet.cattle.io/cluster': cluster,
      'fleet.cattle.io/cluster-namespace': 'fleet-default',
    },
  },
  spec: { deploymentID: 'd1', stagedDeploymentID: 'd1' },
  status: {
    appliedDeploymentID: state === 'ErrApplied' ? 'd0' : 'd1',
    ready: state === 'Ready',
    nonModified: true,
    conditions: state === 'ErrApplied' ? [{ type: 'Deployed', status: 'False' }] : [],
    resources,
    ...extra,
  },
});

describe('graph', () => {
  const small = [
    bd('shop-web', 'c2', 'Ready', [{ kind: 'Deployment', namespace: 'web', name: 'web' }, { kind: 'Service', namespace: 'web', name: 'web' }], {
      modifiedStatus: [{ kind: 'Service', namespace: 'web', name: 'web' }],
    }),
    bd('shop-web', 'c1', 'NotReady', [{ kind: 'Deployment', namespace: 'web', name: 'web' }], {
      nonReadyStatus: [{ kind: 'Deployment', namespace: 'web', name: 'web', summary: { state: 'in-progress' } }],
    }),
  ];
  const many = Array.from({ length: 120 }, (_, i) => bd('shop-db', `n${String(i).padStart(3, '0')}`, i < 100 ? 'Ready' : i < 115 ? 'NotReady' : 'ErrApplied'));

  it('links owner → bundles → deployments per cluster → resources, with states and page parts', () => {
    const g = buildGraph(gitRepo, [bundle('shop-web'), bundle('other', 'not-mine')], small);
    expect(g.nodes.map((n) => [n.id, n.depth, n.order, n.state])).toEqual([
      ['GitRepo:fleet-default/shop', 0, 0, 'Ready'],
      ['Bundle:fleet-default/shop-web', 1, 0, 'Ready'],
      ['BundleDeployment:cluster-fleet-default-c1/shop-web', 2, 0, 'NotReady'],
      ['Resource:BundleDeployment:cluster-fleet-default-c1/shop-web/Deployment/web/web', 3, 0, 'NotReady'],
      ['BundleDeployment:cluster-fleet-default-c2/shop-web', 2, 1, 'Ready'],
      ['Resource:BundleDeployment:cluster-fleet-default-c2/shop-web/Deployment/web/web', 3, 1, 'Ready'],
      ['Resource:BundleDeployment:cluster-fleet-default-c2/shop-web/Service/web/web', 3, 2, 'Modified'],
    ]);
    expect(g.edges).toContainEqual({ from: 'GitRepo:fleet-default/shop', to: 'Bundle:fleet-default/shop-web' });
    expect(g.edges).toContainEqual({ from: 'Bundle:fleet-default/shop-web', to: 'BundleDeployment:cluster-fleet-default-c1/shop-web' });
    const d = g.nodes.find((n) => n.kind === 'BundleDeployment')!;
    expect(d.cluster).toEqual({ namespace: 'fleet-default', name: 'c1' });
    expect(d.link).toEqual({ kind: 'BundleDeployment', namespace: 'cluster-fleet-default-c1', name: 'shop-web' });
    expect(g.nodes.find((n) => n.kind === 'Resource')!.link).toEqual({ kind: 'Resource', namespace: 'web', name: 'web', cluster: { namespace: 'fleet-default', name: 'c1' } });
    expect(g.totals).toEqual({ bundles: 1, bundleDeployments: 2, resources: 3 });
  });

  it('groups deployments by state beyond the limit, worst first, and opens a group by key', () => {
    const g = buildGraph(gitRepo, [bundle('shop-db')], many, { limit: 50 });
    const groups = g.nodes.filter((n) => n.kind === 'Group');
    expect(groups.map((n) => [n.label, n.group!.count, n.group!.key])).toEqual([
      ['5 ErrApplied', 5, 'Bundle:fleet-default/shop-db/deployments/ErrApplied'],
      ['15 NotReady', 15, 'Bundle:fleet-default/shop-db/deployments/NotReady'],
      ['100 Ready', 100, 'Bundle:fleet-default/shop-db/deployments/Ready'],
    ]);
    expect(g.nodes.filter((n) => n.kind === 'BundleDeployment')).toHaveLength(0);
    expect(g.deploymentStates).toEqual([['ErrApplied', 5], ['NotReady', 15], ['Ready', 100]]);

    const open = buildGraph(gitRepo, [bundle('shop-db')], many, { limit: 50, expanded: new Set(['Bundle:fleet-default/shop-db/deployments/Ready', 'Bundle:fleet-default/shop-db/deployments/NotReady']) });
    expect(open.nodes.filter((n) => n.kind === 'BundleDeployment')).toHaveLength(65);
    const more = open.nodes.find((n) => n.group?.more)!;
    expect(more).toMatchObject({ label: '50 more Ready', group: { count: 50, expandable: false } });
    expect(open.edges).toContainEqual({ from: 'Group:Bundle:fleet-default/shop-db/deployments/Ready', to: more.id });
    // Deterministic: the same input gives the same layout inputs.
    expect(buildGraph(gitRepo, [bundle('shop-db')], [...many].reverse(), { limit: 50 }).nodes).toEqual(g.nodes);
  });

  it('works for HelmOps through their own label and scales to 10,000 clusters', () => {
    const helmOp = { kind: 'HelmOp' as const, metadata: { name: 'hello', namespace: 'fleet-default' }, status: { summary: { ready: 1, desiredReady: 1 } } };
    const b = { ...bundle('hello'), metadata: { ...bundle('hello').metadata, labels: { 'fleet.cattle.io/fleet-helm-name': 'hello' } } };
    const bds = Array.from({ length: 10_000 }, (_, i) => bd('hello', `c${i}`, i % 100 === 0 ? 'NotReady' : 'Ready'));
    const t0 = performance.now();
    const g = buildGraph(helmOp, [b], bds);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(g.nodes).toHaveLength(4);
    expect(g.totals.bundleDeployments).toBe(10_000);
  });
});
