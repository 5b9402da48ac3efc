import { describe, expect, it } from 'vitest';
import { runDetectors, type DetectorInput } from '@/lib/fleet/troubleshooting';
import { liveFindings } from './findings';
import { FleetCache } from './index';
import { project } from './projections';
import { bundle, bundleDeployment, cluster } from './testdata/objects';
import type { KubeObject, KubeTransport } from './types';

const NOW = Date.parse('2026-01-03T00:10:00Z');
const put = (c: FleetCache, kind: 'bundles' | 'bundledeployments' | 'clusters', o: KubeObject) => c.store(kind).upsert(project(kind, o));

/** A full pass over everything the cache holds, as the troubleshooting route did before. */
function full(c: FleetCache): ReturnType<typeof runDetectors> {
  const all = (k: 'gitrepos' | 'bundles' | 'bundledeployments' | 'clusters' | 'clustergroups') => [...c.store(k).all()].map((e) => e.obj) as never[];
  const input: DetectorInput = { now: NOW, gitrepos: all('gitrepos'), bundles: all('bundles'), bundledeployments: all('bundledeployments'), clusters: all('clusters'), clustergroups: all('clustergroups') };
  return runDetectors(input);
}

describe('liveFindings', () => {
  it('follows store changes, reading BundleDeployments through the bundle and cluster indexes', () => {
    const c = new FleetCache({ transport: {} as KubeTransport }); // never started: the test writes the stores itself
    put(c, 'clusters', cluster('win-1', 'fleet-default', { 'kubernetes.io/os': 'windows' }));
    put(c, 'clusters', cluster('linux-1'));
    put(c, 'bundles', bundle('web'));
    put(c, 'bundledeployments', bundleDeployment({ cluster: 'win-1', bundle: 'web', state: 'NotReady' }));
    put(c, 'bundledeployments', bundleDeployment({ cluster: 'linux-1', bundle: 'web', state: 'NotReady' }));
    const live = liveFindings(c);
    const ids = () => live.findings({ workspaces: 'all', now: NOW }).map((f) => f.id);
    expect(ids()).toEqual(['windows-scheduling:fleet-default/web']);
    expect(live.findings({ workspaces: 'all', now: NOW })).toEqual(full(c));

    // The deployment on the Windows cluster becomes ready: only a count changes in its store, and the answer follows.
    put(c, 'bundledeployments', bundleDeployment({ cluster: 'win-1', bundle: 'web', state: 'Ready', rv: '101' }));
    expect(ids()).toEqual(['windows-scheduling:ready']);
    // The cluster stops being a Windows one, then silence from an agent: a Cluster change is followed as it is stored.
    put(c, 'clusters', { ...cluster('win-1'), metadata: { ...cluster('win-1').metadata, resourceVersion: '31' } });
    expect(ids()).toEqual([]);
    expect(live.findings({ workspaces: 'all', now: NOW + 3_600_000 }).map((f) => f.id)).toEqual(['agents-not-reporting']);
    c.store('clusters').remove(project('clusters', cluster('linux-1')));
    expect(live.findings({ workspaces: 'all', now: NOW + 3_600_000 })[0]?.objects.map((o) => o.name)).toEqual(['win-1']);
    expect(live.findings({ workspaces: ['fleet-local'], now: NOW + 3_600_000 })).toEqual([]);
  });
});
