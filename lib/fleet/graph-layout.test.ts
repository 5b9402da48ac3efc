import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { layoutGraph } from './graph-layout';

const owner = { kind: 'GitRepo' as const, metadata: { name: 'shop', namespace: 'ws', generation: 1 }, status: { observedGeneration: 1, commit: 'a'.repeat(40) } };
const bundle = (name: string) => ({ metadata: { name, namespace: 'ws', labels: { 'fleet.cattle.io/repo-name': 'shop' } }, status: {} });
const bd = (b: string, c: string, ready = true) => ({
  metadata: { name: b, namespace: `cluster-ws-${c}`, labels: { 'fleet.cattle.io/bundle-name': b, 'fleet.cattle.io/bundle-namespace': 'ws', 'fleet.cattle.io/cluster': c, 'fleet.cattle.io/cluster-namespace': 'ws' } },
  spec: { deploymentID: 'd', stagedDeploymentID: 'd' },
  status: { appliedDeploymentID: 'd', ready, nonModified: true, resources: [{ kind: 'ConfigMap', namespace: 'x', name: c }] },
});

describe('graph layout', () => {
  it('one column per depth; a parent level with its first child; no two nodes share a cell', () => {
    const g = buildGraph(owner, [bundle('a'), bundle('b')], [bd('a', 'c1'), bd('a', 'c2'), bd('b', 'c3')]);
    const l = layoutGraph(g.nodes, g.edges);
    const at = (id: string) => l.byId.get(id)!;
    expect(l.cols).toBe(4);
    expect(at('GitRepo:ws/shop').row).toBe(0);
    expect(at('Bundle:ws/a').row).toBe(0);
    expect(at('BundleDeployment:cluster-ws-c1/a').row).toBe(0);
    expect(at('BundleDeployment:cluster-ws-c2/a').row).toBe(1);
    // Bundle b starts below a's last deployment, level with its own first deployment.
    expect(at('Bundle:ws/b').row).toBe(2);
    expect(at('BundleDeployment:cluster-ws-c3/b').row).toBe(2);
    const cells = new Set(l.placed.map((p) => `${p.col}:${p.row}`));
    expect(cells.size).toBe(l.placed.length);
    expect(l.rows).toBe(3);
  });

  it('stays small at 10,000 clusters: grouped by state, a few dozen nodes, built and laid out quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => bd('a', `c${i}`, i % 10 !== 0));
    const t0 = performance.now();
    const g = buildGraph(owner, [bundle('a')], many, { limit: 50 });
    const l = layoutGraph(g.nodes, g.edges);
    const ms = performance.now() - t0;
    expect(g.totals.bundleDeployments).toBe(10_000);
    expect(g.nodes.filter((n) => n.kind === 'Group').map((n) => n.label)).toEqual(['1000 NotReady', '9000 Ready']);
    expect(l.rows).toBeLessThanOrEqual(3);
    expect(ms).toBeLessThan(2_000);
    // Opening one group adds at most `limit` deployments and a "more" node.
    const open = buildGraph(owner, [bundle('a')], many, { limit: 50, expanded: new Set(['Bundle:ws/a/deployments/Ready']) });
    expect(open.nodes.filter((n) => n.kind === 'BundleDeployment')).toHaveLength(50);
    expect(open.nodes.find((n) => n.group?.more)?.label).toBe('8950 more Ready');
  });
});
