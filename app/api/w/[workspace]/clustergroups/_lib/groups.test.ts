import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/cache/store';
import { groupRow, parseGroup } from './groups';

const cluster = (name: string, labels: Record<string, string>, state?: string) =>
  ({ obj: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'Cluster', metadata: { name, namespace: 'fleet-default', labels } }, state }) as unknown as Entry;

describe('cluster group rows from the cache', () => {
  const g = parseGroup({
    apiVersion: 'fleet.cattle.io/v1alpha1',
    kind: 'ClusterGroup',
    metadata: { name: 'prod', namespace: 'fleet-default', resourceVersion: '7' },
    spec: { selector: { matchLabels: { env: 'prod' } } },
  })!;
  it('counts the clusters the selector matches, and names the ones not ready', () => {
    const row = groupRow(g, [cluster('a', { env: 'prod' }, 'Ready'), cluster('b', { env: 'prod' }, 'ErrApplied'), cluster('c', { env: 'dev' }, 'Ready')]);
    expect(row).toMatchObject({ name: 'prod', selector: 'env=prod', clusters: 2, readyClusters: 1, nonReady: ['b'], resourceVersion: '7' });
  });
  it('refuses an object that is not a ClusterGroup', () => {
    expect(parseGroup({ metadata: {} })).toBeUndefined();
  });
});
