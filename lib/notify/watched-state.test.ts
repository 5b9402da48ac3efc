// What the notifier reads of objects Fleet v0.16.0 really wrote (lib/fleet/testdata/real-fleet, recorded by
// controlplane/scripts/fleet-record.sh): state and ready/desired as the badges show them.
import { describe, expect, it } from 'vitest';
import bundleErr from '@/lib/fleet/testdata/real-fleet/bundle-errapplied.json';
import bundleReady from '@/lib/fleet/testdata/real-fleet/bundle-ready.json';
import gitrepoReady from '@/lib/fleet/testdata/real-fleet/gitrepo-ready.json';
import gitrepoStalled from '@/lib/fleet/testdata/real-fleet/gitrepo-stalled.json';
import helmopReady from '@/lib/fleet/testdata/real-fleet/helmop-ready.json';
import { transition } from './transitions';
import { snapshotOf, toWatchedState } from './watched-state';

describe('toWatchedState (objects Fleet wrote)', () => {
  it('reads each kind with its state and cluster counts', () => {
    expect(toWatchedState('helmops', helmopReady)).toMatchObject({ kind: 'helmops', name: 'hello', state: 'Ready' });
    expect(toWatchedState('gitrepos', gitrepoReady)).toMatchObject({ kind: 'gitrepos', state: 'Ready' });
    expect(toWatchedState('gitrepos', gitrepoStalled)?.state).toBe('Error');
    expect(toWatchedState('bundles', bundleErr)?.state).toBe('ErrApplied');
    const r = toWatchedState('bundles', bundleReady)!;
    expect(r.state).toBe('Ready');
    expect(r.readyClusters).toBe(r.desiredReadyClusters);
    expect(r.desiredReadyClusters).toBeGreaterThan(0);
  });

  it('a Ready GitRepo turning Stalled, as Fleet wrote both, is an error notice in Fleet\'s words', () => {
    const prev = snapshotOf(toWatchedState('gitrepos', gitrepoReady)!);
    const next = toWatchedState('gitrepos', gitrepoStalled)!;
    const n = transition({ kind: 'gitrepos', namespace: next.namespace, name: next.name }, prev, snapshotOf(next));
    expect(n?.event).toBe('error');
    expect(n?.body).toContain(next.message!.slice(0, 40));
  });

  it('answers undefined for a shape it does not understand', () => {
    expect(toWatchedState('gitrepos', { metadata: {} })).toBeUndefined();
  });
});
