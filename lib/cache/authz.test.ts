import { beforeEach, describe, expect, it } from 'vitest';
import { accessChecker, allowedWorkspaces, clearAuthzCache, personKey, type ReviewFn } from './authz';
import type { Identity } from '@/lib/k8s/identity';

const operator: Identity = { type: 'token', token: 'secret-token', username: 'operator', groups: [] };

describe('authz', () => {
  beforeEach(() => clearAuthzCache());

  it('keys people without keeping their token', () => {
    expect(personKey(operator)).not.toContain('secret-token');
    expect(personKey({ type: 'context', context: 'viewer', username: 'viewer', groups: [] })).toBe('ctx:viewer');
  });

  it('asks one review per (person, kind, namespace) within 30 s, again after', async () => {
    const asked: string[] = [];
    let now = 0;
    const review: ReviewFn = async (_id, a) => {
      asked.push(`${a.verb} ${a.group}/${a.resource} ${a.namespace ?? '*'}`);
      return a.namespace === 'fleet-default';
    };
    const c = accessChecker(operator, review, () => now);
    expect(await c.canList('gitrepos', 'fleet-default')).toBe(true);
    expect(await c.canList('gitrepos', 'fleet-default')).toBe(true);
    expect(await c.canList('gitrepos', 'fleet-local')).toBe(false);
    now = 31_000;
    await c.canList('gitrepos', 'fleet-default');
    expect(asked).toEqual([
      'list fleet.cattle.io/gitrepos fleet-default',
      'list fleet.cattle.io/gitrepos fleet-local',
      'list fleet.cattle.io/gitrepos fleet-default',
    ]);
  });

  it('does not cache failures', async () => {
    let calls = 0;
    const review: ReviewFn = async () => {
      calls++;
      if (calls === 1) throw new Error('network');
      return true;
    };
    const c = accessChecker(operator, review);
    await expect(c.canList('clusters', '*')).rejects.toThrow('network');
    await new Promise((r) => setTimeout(r, 0));
    expect(await c.canList('clusters', '*')).toBe(true);
  });

  it('narrows workspaces: cluster-wide → all; otherwise only allowed ones; BDs follow Bundles', async () => {
    const grants = new Set(['gitrepos fleet-default', 'bundles fleet-default']);
    const review: ReviewFn = async (_id, a) => grants.has(`${a.resource} ${a.namespace ?? '*'}`);
    const c = accessChecker(operator, review);
    expect(await allowedWorkspaces(c, 'gitrepos', ['fleet-default', 'fleet-local'])).toEqual(['fleet-default']);
    expect(await allowedWorkspaces(c, 'clusters', ['fleet-default', 'fleet-local'])).toEqual([]);
    expect(await allowedWorkspaces(c, 'bundledeployments', ['fleet-default', 'fleet-local'])).toEqual(['fleet-default']);
    grants.add('clusters *');
    expect(await allowedWorkspaces(c, 'clusters', ['fleet-local'])).toEqual([]); // still the cached answer
    clearAuthzCache();
    expect(await allowedWorkspaces(c, 'clusters', ['fleet-local'])).toBe('all');
  });
});
