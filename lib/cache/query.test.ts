import { beforeAll, describe, expect, it } from 'vitest';
import { project } from './projections';
import { query, queryEntries, QueryError, type QueryParams } from './query';
import { KindStore } from './store';
import { syntheticBundleDeployments, syntheticGitRepos } from './testdata/synthetic';

const base: QueryParams = { workspaces: 'all', sort: 'name', dir: 'asc', page: 1, pageSize: 10 };

describe('query', () => {
  const repos = new KindStore('gitrepos');
  const bds = new KindStore('bundledeployments');
  beforeAll(() => {
    for (const g of syntheticGitRepos(200)) repos.upsert(project('gitrepos', g));
    for (const b of syntheticBundleDeployments(5000, { clusters: 500, repos: 200 })) bds.upsert(project('bundledeployments', b));
  });

  it('pages in name order and reports the total', () => {
    const p1 = query(repos, base);
    expect(p1.total).toBe(200);
    expect(p1.items.map((o) => o.metadata.name)).toEqual(Array.from({ length: 10 }, (_, i) => `repo-${String(i).padStart(5, '0')}`));
    const last = query(repos, { ...base, page: 20 });
    expect(last.items.at(-1)?.metadata.name).toBe('repo-00199');
    expect(query(repos, { ...base, page: 21 }).items).toEqual([]);
    const desc = query(repos, { ...base, dir: 'desc' });
    expect(desc.items[0]?.metadata.name).toBe('repo-00199');
  });

  it('filters by workspace, text and state together', () => {
    const r = query(repos, { ...base, workspaces: ['fleet-local'], q: 'REPO-0001', pageSize: 100 });
    expect(r.items.map((o) => o.metadata.name)).toEqual(['repo-00011', 'repo-00013', 'repo-00015', 'repo-00017', 'repo-00019']);
    expect(r.total).toBe(5);
    const notReady = query(repos, { ...base, state: 'NotReady', pageSize: 500 });
    expect(notReady.total).toBe(Math.ceil(200 / 7));
    expect(notReady.items.every((o) => (o.status?.summary as { ready: number }).ready === 1)).toBe(true);
    expect(query(repos, { ...base, workspaces: [] }).total).toBe(0);
    expect(query(repos, { ...base, workspaces: ['nowhere'] }).total).toBe(0);
  });

  it('finds BundleDeployments by name, cluster, bundle or GitRepo, not by the cluster namespace', () => {
    const any = [...bds.all()][123]!.obj;
    const l = any.metadata.labels!;
    for (const term of [l['fleet.cattle.io/cluster']!, l['fleet.cattle.io/bundle-name']!, l['fleet.cattle.io/repo-name']!, any.metadata.name]) {
      const r = query(bds, { ...base, q: term.toUpperCase(), pageSize: 500 });
      expect(r.total).toBeGreaterThan(0);
      expect(r.items.every((o) => [o.metadata.name, ...Object.values(o.metadata.labels ?? {})].some((v) => v.includes(term)))).toBe(true);
    }
    expect(query(bds, { ...base, q: `${l['fleet.cattle.io/cluster']} ${l['fleet.cattle.io/bundle-name']}`, pageSize: 500 }).items.map((o) => o.metadata.name)).toContain(any.metadata.name);
    expect(query(bds, { ...base, q: any.metadata.namespace! }).total).toBe(0);
  });

  it('narrows by index filters and matches a brute-force scan', () => {
    const filter = { gitrepo: 'fleet-default/repo-00042' };
    const r = queryEntries(bds, { ...base, filter, sort: 'cluster', pageSize: 500 });
    const brute = [...bds.all()].filter((e) => e.index.gitrepo === 'fleet-default/repo-00042');
    expect(r.total).toBe(brute.length);
    expect(r.total).toBeGreaterThan(0);
    const clusters = r.items.map((e) => e.sort[4] as string);
    expect(clusters).toEqual([...clusters].sort());
    const byCluster = query(bds, { ...base, filter: { cluster: 'fleet-local/c-00001' }, pageSize: 100 });
    expect(byCluster.total).toBe(10);
    expect(byCluster.items.every((o) => o.metadata.labels?.['fleet.cattle.io/cluster'] === 'c-00001')).toBe(true);
  });

  it('applies a `where` predicate (e.g. a label selector) on every path and counts only matches', () => {
    const even = (o: { metadata: { name: string } }) => Number(o.metadata.name.slice(-1)) % 2 === 0;
    const all = query(repos, { ...base, where: even, pageSize: 500 });
    expect(all.total).toBe(100);
    expect(all.items.every(even)).toBe(true);
    // Index-narrowed path and sorted-walk path agree with a brute-force scan.
    const ws = query(repos, { ...base, workspaces: ['fleet-local'], where: even, pageSize: 500 });
    const brute = [...repos.all()].filter((e) => e.workspace === 'fleet-local' && even(e.obj));
    expect(ws.total).toBe(brute.length);
    expect(query(repos, { ...base, where: () => false }).total).toBe(0);
  });

  it('sorts by state worst first with dir=desc and pages consistently', () => {
    const all = query(bds, { ...base, sort: 'state', dir: 'desc', pageSize: 500 });
    expect(all.total).toBe(5000);
    const first = all.items[0]!;
    expect(first.status?.conditions).toBeDefined();
    const seen = new Set<string>();
    for (let page = 1; page <= 10; page++) for (const o of query(bds, { ...base, sort: 'state', dir: 'desc', pageSize: 500, page }).items) seen.add(`${o.metadata.namespace}/${o.metadata.name}`);
    expect(seen.size).toBe(5000);
  });

  it('rejects bad parameters with a specific message', () => {
    expect(() => query(repos, { ...base, sort: 'bogus' })).toThrow(QueryError);
    expect(() => query(repos, { ...base, sort: 'bogus' })).toThrow(/sort must be one of: name, state/);
    expect(() => query(repos, { ...base, pageSize: 0 })).toThrow(/pageSize/);
    expect(() => query(repos, { ...base, pageSize: 501 })).toThrow(/pageSize/);
    expect(() => query(repos, { ...base, page: 0 })).toThrow(/page must be 1 or more/);
    expect(() => query(repos, { ...base, state: 'Bogus' as never })).toThrow(/state must be one of/);
  });
});
