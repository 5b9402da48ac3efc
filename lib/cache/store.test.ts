import { describe, expect, it } from 'vitest';
import { sortColumn } from './derive';
import { project } from './projections';
import { KindStore } from './store';
import { bundleDeployment, cluster } from './testdata/objects';
import type { KubeObject } from './types';

const bd = (p: Parameters<typeof bundleDeployment>[0]) => project('bundledeployments', bundleDeployment(p));

describe('KindStore', () => {
  it('indexes BundleDeployments by workspace label, GitRepo, bundle and cluster', () => {
    const s = new KindStore('bundledeployments');
    s.upsert(bd({ cluster: 'c1', bundle: 'r1-simple', repo: 'r1', workspace: 'fleet-default' }));
    s.upsert(bd({ cluster: 'c2', bundle: 'r1-simple', repo: 'r1', workspace: 'fleet-default' }));
    s.upsert(bd({ cluster: 'c1', bundle: 'r2-simple', repo: 'r2', workspace: 'fleet-local', clusterNs: 'cluster-x' }));
    expect([...s.indexes.get('workspace', 'fleet-default')].sort()).toEqual([
      'cluster-fleet-default-c1-0123456789ab/r1-simple',
      'cluster-fleet-default-c2-0123456789ab/r1-simple',
    ]);
    expect(s.indexes.get('gitrepo', 'fleet-default/r1').size).toBe(2);
    expect(s.indexes.get('bundle', 'fleet-default/r1-simple').size).toBe(2);
    expect(s.indexes.get('cluster', 'fleet-default/c1').size).toBe(1);
    expect(s.indexes.get('cluster', 'fleet-local/c1').size).toBe(1);
    expect(s.indexes.get('workspace', 'cluster-x').size).toBe(0);
  });

  it('moves index entries and state counts when an object changes, removes them on delete', () => {
    const s = new KindStore('bundledeployments');
    s.upsert(bd({ cluster: 'c1', bundle: 'b', repo: 'r1', rv: '1', state: 'Ready' }));
    expect(s.countsByState('all').Ready).toBe(1);
    const relabelled = bd({ cluster: 'c1', bundle: 'b', repo: 'r2', rv: '2', state: 'ErrApplied' });
    const c = s.upsert(relabelled);
    expect(c?.type).toBe('upsert');
    expect(s.indexes.get('gitrepo', 'fleet-default/r1').size).toBe(0);
    expect(s.indexes.get('gitrepo', 'fleet-default/r2').size).toBe(1);
    expect(s.countsByState(['fleet-default'])).toMatchObject({ Ready: 0, ErrApplied: 1 });
    expect(s.countsByState(['fleet-local']).ErrApplied).toBe(0);
    expect(s.remove(relabelled)?.type).toBe('delete');
    expect(s.size).toBe(0);
    expect(s.indexes.values('workspace').size).toBe(0);
    expect(s.countsByState('all').ErrApplied).toBe(0);
  });

  it('ignores an update with the same resourceVersion and reports the diff of a relist', () => {
    const s = new KindStore('clusters');
    const a = project('clusters', cluster('a'));
    const b = project('clusters', cluster('b'));
    s.replace([a, b]);
    expect(s.upsert(a)).toBeUndefined();
    const a2: KubeObject = { ...a, metadata: { ...a.metadata, resourceVersion: '31' } };
    const c = project('clusters', cluster('c'));
    const diff = s.replace([a2, c]);
    expect(diff.map((d) => `${d.type} ${d.name}`).sort()).toEqual(['delete b', 'upsert a', 'upsert c']);
  });

  it('indexes Clusters by the namespace that holds their BundleDeployments', () => {
    const s = new KindStore('clusters');
    s.upsert(project('clusters', cluster('c1')));
    expect([...s.indexes.get('clusterNamespace', 'cluster-fleet-default-c1-0123456789ab')]).toEqual(['fleet-default/c1']);
  });

  it('keeps a sorted view correct under incremental changes (compared with a full sort)', () => {
    const s = new KindStore('bundledeployments');
    let rv = 1;
    const rnd = mulberry32(7);
    const states = ['Ready', 'NotReady', 'Modified', 'ErrApplied'] as const;
    const make = (i: number) =>
      bd({ cluster: `c${i % 50}`, bundle: `b${i}`, repo: `r${Math.floor(rnd() * 20)}`, rv: String(rv++), state: states[Math.floor(rnd() * 4)] });
    for (let i = 0; i < 500; i++) s.upsert(make(i));
    s.sorted('state');
    s.sorted('cluster');
    s.sorted('cluster', 'ErrApplied');
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < 30; k++) {
        const i = Math.floor(rnd() * 600);
        if (rnd() < 0.2) {
          const e = [...s.all()][Math.floor(rnd() * s.size)];
          if (e) s.remove(e.obj);
        } else s.upsert(make(i));
      }
      for (const key of ['state', 'cluster', 'gitrepo']) {
        const view = s.sorted(key)!.map((e) => e.key);
        const col = sortColumn('bundledeployments', key);
        const expected = [...s.all()]
          .sort((a, b) => (a.sort[col]! < b.sort[col]! ? -1 : a.sort[col]! > b.sort[col]! ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .map((e) => e.key);
        expect(view).toEqual(expected);
      }
      const errView = s.sorted('cluster', 'ErrApplied')!.map((e) => e.key);
      const errExpected = s.sorted('cluster')!.filter((e) => e.state === 'ErrApplied').map((e) => e.key);
      expect(errView).toEqual(errExpected);
      expect(errView.length).toBeGreaterThan(0);
    }
    expect(s.sorted('nope')).toBeUndefined();
  });
});

function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('GitRepo state in the store', () => {
  const T = '2026-11-30T10:00:00Z';
  const repo = (name: string, status: Record<string, unknown> | undefined, generation = 1): KubeObject =>
    project('gitrepos', { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', metadata: { name, namespace: 'fleet-default', generation, resourceVersion: '1' }, spec: { repo: 'https://example.com/r' }, ...(status ? { status } : {}) } as KubeObject);
  const ok = { observedGeneration: 1, commit: 'abc', gitJobStatus: 'Current', summary: { ready: 1, desiredReady: 1 }, display: { readyBundleDeployments: '1/1' }, conditions: [{ type: 'Ready', status: 'True', lastUpdateTime: T }] };
  const stalled = { ...ok, conditions: [...ok.conditions, { type: 'Stalled', status: 'True', reason: 'Stalled', message: 'authentication required', lastUpdateTime: T }] };

  it('filters, sorts and counts by the state the badge shows (an empty display.state is not Ready by itself)', () => {
    const s = new KindStore('gitrepos');
    s.upsert(repo('new', undefined));
    s.upsert(repo('stalled', stalled));
    s.upsert(repo('edited', ok, 2));
    s.upsert(repo('fine', ok));
    expect(s.countsByState('all')).toMatchObject({ Ready: 1, NotProcessed: 2, Error: 1 });
    expect(s.sorted('name', 'Ready')!.map((e) => e.obj.metadata.name)).toEqual(['fine']);
    expect(s.sorted('name', 'Error')!.map((e) => e.obj.metadata.name)).toEqual(['stalled']);
    const byState = s.sorted('state')!.map((e) => e.obj.metadata.name);
    expect(byState[0]).toBe('fine');
    expect(byState.at(-1)).toBe('stalled');
  });
});
