import { describe, expect, it } from 'vitest';
import { BundleDeploymentSchema } from '@/lib/fleet/kinds/bundledeployment';
import { BundleSchema } from '@/lib/fleet/kinds/bundle';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { bundleDeploymentState } from '@/lib/fleet/state';
import { intern, isStorable, project, share } from './projections';
import { bundle, bundleDeployment, gitRepo, namespace } from './testdata/objects';

describe('projections', () => {
  it('drops managedFields, apply annotations and helm values from BundleDeployments but keeps what state needs', () => {
    const raw = bundleDeployment({ cluster: 'c1', bundle: 'b1', repo: 'r1', state: 'Modified' });
    const p = project('bundledeployments', raw);
    expect(p.metadata.managedFields).toBeUndefined();
    expect(p.metadata.annotations).toBeUndefined();
    expect(p.metadata.uid).toBeUndefined();
    expect((p.status?.conditions as object[])[1]).toEqual({ type: 'Installed', status: 'True' }); // no timestamps
    expect(p.spec?.options).toBeUndefined();
    expect(p.spec?.stagedOptions).toBeUndefined();
    expect(p.spec?.deploymentID).toBe('s-1');
    expect((p.status?.modifiedStatus as unknown[]).length).toBe(10);
    expect(p.status?.resources).toBeUndefined();
    const patch = (p.status?.modifiedStatus as { patch: string }[])[0]!.patch;
    expect(patch.length).toBeLessThanOrEqual(1025);
    expect(bundleDeploymentState(p as never)).toBe(bundleDeploymentState(raw as never));
    expect(bundleDeploymentState(p as never)).toBe('Modified');
    expect(JSON.stringify(p).length).toBeLessThan(JSON.stringify(raw).length / 2);
    const ready = bundleDeployment({ cluster: 'c1', bundle: 'b1' });
    expect(JSON.stringify(project('bundledeployments', ready)).length).toBeLessThan(JSON.stringify(ready).length / 10);
    expect(BundleDeploymentSchema.safeParse(p).success).toBe(true);
  });

  it('keeps only the identity labels of a BundleDeployment, in one order whatever order they came in', () => {
    const raw = bundleDeployment({ cluster: 'c1', bundle: 'b1', repo: 'r1' });
    const labels = raw.metadata.labels as Record<string, string>;
    raw.metadata.labels = { 'fleet.cattle.io/commit': 'abc', 'fleet.cattle.io/managed': 'true', ...Object.fromEntries(Object.entries(labels).reverse()) };
    const kept = project('bundledeployments', raw).metadata.labels!;
    expect(Object.keys(kept)).toEqual(['fleet.cattle.io/bundle-name', 'fleet.cattle.io/bundle-namespace', 'fleet.cattle.io/cluster', 'fleet.cattle.io/cluster-namespace', 'fleet.cattle.io/repo-name']);
    expect(kept['fleet.cattle.io/cluster']).toBe('c1');
  });

  it('keeps Bundle resource names, drops their contents', () => {
    const p = project('bundles', bundle('b1', 'fleet-default', 'r1'));
    expect(p.spec?.resources).toEqual([{ name: 'chart/values.yaml' }, { name: 'x.tgz', encoding: 'base64+gz' }]);
    expect(p.status?.resourceKey).toBeUndefined();
    expect(p.status?.summary).toEqual({ ready: 1, desiredReady: 2, notReady: 1 });
    expect(p.kind).toBe('Bundle');
    expect(BundleSchema.safeParse(p).success).toBe(true);
  });

  it('keeps small annotations on other kinds, drops apply payloads', () => {
    const c = project('clusters', { metadata: { name: 'c', annotations: { keep: 'small', 'objectset.rio.cattle.io/applied': 'x'.repeat(9000), big: 'y'.repeat(3000) } } });
    expect(c.metadata.annotations).toEqual({ keep: 'small' });
  });

  it('drops GitRepo per-resource and per-cluster status, keeps summary/display/conditions/commit', () => {
    const p = project('gitrepos', gitRepo('g1'));
    expect(p.status?.resources).toBeUndefined();
    expect(p.status?.perClusterResourceCounts).toBeUndefined();
    expect(p.status?.commit).toBe('abc123');
    expect(p.status?.display).toEqual({ readyBundleDeployments: '3/3', state: '' });
    expect(p.metadata.annotations).toBeUndefined();
    expect(GitRepoSchema.safeParse(p).success).toBe(true);
  });

  it('caps nonReadyResources inside summaries', () => {
    const g = gitRepo('g1');
    (g.status as Record<string, unknown>).summary = {
      ready: 0,
      desiredReady: 20,
      notReady: 20,
      nonReadyResources: Array.from({ length: 15 }, (_, i) => ({ name: `b${i}`, bundleState: 'NotReady' })),
    };
    const s = project('gitrepos', g).status?.summary as { nonReadyResources: unknown[] };
    expect(s.nonReadyResources).toHaveLength(10);
  });

  it('reduces namespaces to metadata and phase', () => {
    const p = project('namespaces', namespace('fleet-default', { 'fleet.cattle.io/cluster': 'c1' }));
    expect(p).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'fleet-default', resourceVersion: '5', annotations: { 'fleet.cattle.io/cluster': 'c1' } },
      status: { phase: 'Active' },
    });
  });

  it('interns repeated strings and rejects nameless objects', () => {
    const a = ['fleet', 'default'].join('-');
    const b = ['fleet-def', 'ault'].join('');
    expect(intern(a)).toBe(intern(b));
    expect(isStorable({ metadata: {} })).toBe(false);
    expect(isStorable({ metadata: { name: 'x' } })).toBe(true);
  });
});

describe('share (hash-consing of equal subtrees)', () => {
  it('equal BundleDeployment statuses on different clusters become one object; different ones stay apart', () => {
    const a = project('bundledeployments', bundleDeployment({ cluster: 'share-c1', bundle: 'share-b', repo: 'r', state: 'Ready' }));
    const b = project('bundledeployments', bundleDeployment({ cluster: 'share-c2', bundle: 'share-b', repo: 'r', state: 'Ready' }));
    const c = project('bundledeployments', bundleDeployment({ cluster: 'share-c3', bundle: 'share-b', repo: 'r', state: 'ErrApplied' }));
    expect(a.metadata.name === b.metadata.name && a.metadata.labels === b.metadata.labels).toBe(false);
    expect(a.status).toBe(b.status);
    expect(a.status).not.toBe(c.status);
    expect(bundleDeploymentState(c as Parameters<typeof bundleDeploymentState>[0])).toBe('ErrApplied');
  });
  it('answers the first of equal values and leaves primitives alone', () => {
    const x = share({ k: [1, 2] });
    expect(share({ k: [1, 2] })).toBe(x);
    expect(share({ k: [2, 1] })).not.toBe(x);
    expect(share('s')).toBe('s');
    expect(share(undefined)).toBeUndefined();
  });
});
