import { describe, expect, it } from 'vitest';
import { eventsUrl, keysForChange, keysForRefetch, mergeRequests, throttleMsFor } from './subscription';

describe('mergeRequests', () => {
  it('unions kinds and keeps one workspace when all agree', () => {
    expect(mergeRequests([{ kinds: ['gitrepos'], workspace: 'fleet-default' }, { kinds: ['clusters', 'gitrepos'], workspace: 'fleet-default' }])).toEqual({
      kinds: ['clusters', 'gitrepos'],
      workspace: 'fleet-default',
    });
  });
  it('falls back to _all when pages disagree, and to nothing when nobody asks', () => {
    expect(mergeRequests([{ kinds: ['gitrepos'], workspace: 'a' }, { kinds: ['bundles'], workspace: 'b' }])?.workspace).toBe('_all');
    expect(mergeRequests([])).toBeUndefined();
    expect(mergeRequests([{ kinds: [], workspace: 'a' }])).toBeUndefined();
  });
});

describe('eventsUrl', () => {
  it('encodes kinds, workspace and the resume id', () => {
    expect(eventsUrl({ kinds: ['clusters', 'gitrepos'], workspace: 'fleet-default' }, 'abc-12')).toBe(
      '/api/events?kinds=clusters%2Cgitrepos&workspace=fleet-default&since=abc-12',
    );
  });
});

describe('keysForChange', () => {
  it('covers the workspace and _all lists and counts and each object detail', () => {
    expect(keysForChange({ kind: 'gitrepos', workspace: 'fleet-default', names: ['fleet-default/a', 'cluster-ns'] })).toEqual([
      ['list', 'gitrepos', 'fleet-default'],
      ['list', 'gitrepos', '_all'],
      ['counts', 'gitrepos', 'fleet-default'],
      ['counts', 'gitrepos', '_all'],
      ['troubleshooting', 'fleet-default'],
      ['troubleshooting', '_all'],
      ['detail', 'gitrepos', 'fleet-default', 'a'],
      ['detail', 'gitrepos', '', 'cluster-ns'],
      ['applications', 'fleet-default'],
      ['applications', '_all'],
    ]);
  });
  it('refetch covers every key of the kinds', () => {
    expect(keysForRefetch(['clusters'])).toEqual([['list', 'clusters'], ['detail', 'clusters'], ['counts', 'clusters'], ['troubleshooting']]);
    expect(keysForRefetch(['namespaces'])).toEqual([['list', 'namespaces'], ['detail', 'namespaces'], ['counts', 'namespaces']]);
  });
  it('GitRepo and HelmOp changes refetch the applications view; other kinds do not', () => {
    expect(keysForChange({ kind: 'helmops', workspace: 'w', names: [] })).toContainEqual(['applications', 'w']);
    expect(keysForChange({ kind: 'bundles', workspace: 'w', names: [] }).some((k) => k[0] === 'applications')).toBe(false);
    expect(keysForRefetch(['helmops'])).toContainEqual(['applications']);
  });
  it('kinds the detectors do not read leave the findings alone; findings refetch at most every 5 s', () => {
    expect(keysForChange({ kind: 'clusterregistrationtokens', workspace: 'w', names: [] }).some((k) => k[0] === 'troubleshooting')).toBe(false);
    expect(throttleMsFor(['troubleshooting', 'w'])).toBe(5_000);
    expect(throttleMsFor(['list', 'gitrepos', 'w'])).toBe(500);
  });
});
