import { describe, expect, it } from 'vitest';
import { ClusterListQuerySchema, CLUSTER_DEFAULT_SORT } from '@/lib/fleet/rows/cluster-row';
import { BundleDeploymentListQuerySchema } from '@/lib/fleet/rows/bundledeployment-row';
import { readListUrl, writeListUrl } from './list-url';

const read = (s: string) => readListUrl(new URLSearchParams(s), ClusterListQuerySchema, CLUSTER_DEFAULT_SORT, ['selector'] as const);

describe('list URL state', () => {
  it('keeps extra parameters out of the list contract', () => {
    const r = read('q=a&selector=env%3Dprod&page=2');
    expect(r.parsed.ok && r.parsed.value).toMatchObject({ q: 'a', page: 2 });
    expect(r.extras).toEqual({ selector: 'env=prod' });
  });
  it('still rejects what neither knows', () => {
    const r = read('gitrepo=x');
    expect(r.parsed.ok).toBe(false);
  });
  it('writes defaults out and extras last', () => {
    expect(writeListUrl({ q: 'a', page: 1, sort: CLUSTER_DEFAULT_SORT, dir: 'asc' }, { selector: 'env=prod' }, CLUSTER_DEFAULT_SORT).toString()).toBe('q=a&selector=env%3Dprod');
    expect(writeListUrl({ page: 3 }, { selector: '' }, CLUSTER_DEFAULT_SORT).toString()).toBe('page=3');
  });
  it("uses the page's default sort when the URL names none", () => {
    const r = readListUrl(new URLSearchParams(''), BundleDeploymentListQuerySchema, 'cluster', []);
    expect(r.parsed.ok && r.parsed.value.sort).toBe('cluster');
    const s = readListUrl(new URLSearchParams('sort=name'), BundleDeploymentListQuerySchema, 'cluster', []);
    expect(s.parsed.ok && s.parsed.value.sort).toBe('name');
  });
});
