// Each case is a status as Fleet v0.16.0's controllers write it (wrangler conditions: lastUpdateTime only; reason
// "Error" from SetError, "Stalled"/"Reconciling" from kstatus; Ready from SetReadyConditions without a reason).
import { describe, expect, it } from 'vitest';
import { bundleObjectState, gitRepoState, helmOpState, isObjectState, objectStateRank, OBJECT_STATES } from './object-state';
import { stateRank, BUNDLE_STATES } from './state';

const T = '2026-11-30T10:00:00Z';
const c = (type: string, status: 'True' | 'False' | 'Unknown', extra: { reason?: string; message?: string } = {}) => ({ type, status, lastUpdateTime: T, ...extra });

/** A GitRepo every controller has handled: commit read, job Current, all BundleDeployments Ready. */
function healthy(over: Record<string, unknown> = {}) {
  return {
    observedGeneration: 1,
    commit: 'a'.repeat(40),
    gitJobStatus: 'Current',
    readyClusters: 2,
    desiredReadyClusters: 2,
    summary: { ready: 2, desiredReady: 2 },
    display: { readyBundleDeployments: '2/2' },
    conditions: [c('Ready', 'True'), c('GitPolling', 'True'), c('Reconciling', 'False'), c('Stalled', 'False'), c('Accepted', 'True')],
    ...over,
  };
}
const repo = (status: unknown, generation = 1) => ({ metadata: { generation }, status: status as never });
const withConds = (...conds: ReturnType<typeof c>[]) => {
  const base = healthy().conditions.filter((x) => !conds.some((n) => n.type === x.type));
  return [...base, ...conds];
};

describe('gitRepoState', () => {
  it('is Ready when every controller has handled it and all deployments are Ready (display.state empty)', () => {
    expect(gitRepoState(repo(healthy()))).toEqual({ state: 'Ready' });
  });

  it('is NotProcessed a second after creation: no status, or the empty status the API server stores', () => {
    expect(gitRepoState(repo(undefined)).state).toBe('NotProcessed');
    expect(gitRepoState(repo({})).state).toBe('NotProcessed');
  });

  it('is NotProcessed while observedGeneration is behind metadata.generation, even if everything else says Ready', () => {
    const d = gitRepoState(repo(healthy(), 2));
    expect(d.state).toBe('NotProcessed');
    expect(d.message).toMatch(/generation 2, observed 1/);
    // observedGeneration is written as 0 (no omitempty) before the git job controller sets it
    expect(gitRepoState(repo(healthy({ observedGeneration: 0 }))).state).toBe('NotProcessed');
  });

  it('is NotProcessed until a first commit has been read', () => {
    expect(gitRepoState(repo(healthy({ commit: undefined }))).state).toBe('NotProcessed');
  });

  it('is Error with the message when Ready=False and no deployment explains it (a Bundle rendering error copied by setReadyStatusFromBundle)', () => {
    const msg = 'targeting error: failed to process bundle: chart requires kubeVersion: >=1.30.0-0';
    const d = gitRepoState(repo(healthy({ conditions: withConds(c('Ready', 'False', { reason: 'Error', message: msg })) })));
    expect(d).toEqual({ state: 'Error', message: msg });
  });

  it('takes the worst deployment state when Ready=False comes from the summary', () => {
    const msg = 'NotReady(1) [Bundle web-app]; deployment.apps web/app [progressing] Available: 1/3';
    const d = gitRepoState(
      repo(
        healthy({
          summary: { ready: 1, desiredReady: 2, notReady: 1, nonReadyResources: [{ name: 'web-app', bundleState: 'NotReady' }] },
          display: { readyBundleDeployments: '1/2', state: 'NotReady' },
          conditions: withConds(c('Ready', 'False', { message: msg })),
        }),
      ),
    );
    expect(d).toEqual({ state: 'NotReady', message: msg });
  });

  it('is Error when Stalled=True (polling failed: authentication required), although display.state is empty and Ready=True', () => {
    const msg = 'authentication required: Repository not found.';
    const st = healthy({ commit: undefined, conditions: withConds(c('GitPolling', 'False', { reason: 'Error', message: msg }), c('Stalled', 'True', { reason: 'Stalled', message: msg })) });
    expect(gitRepoState(repo(st))).toEqual({ state: 'Error', message: msg });
  });

  it('stays Error when the git job controller has reset Stalled but GitPolling is still False', () => {
    const msg = 'authentication required: Repository not found.';
    expect(gitRepoState(repo(healthy({ conditions: withConds(c('GitPolling', 'False', { reason: 'Error', message: msg })) })))).toEqual({ state: 'Error', message: msg });
  });

  it('is Error when the git job Failed (Fleet writes display.state GitUpdating then)', () => {
    const msg = 'no resource found at the following paths to deploy: [deploy/prodd]';
    const st = healthy({ gitJobStatus: 'Failed', display: { readyBundleDeployments: '0/0', state: 'GitUpdating' }, summary: { ready: 0, desiredReady: 0 }, conditions: withConds(c('Stalled', 'True', { reason: 'Stalled', message: msg })) });
    expect(gitRepoState(repo(st))).toEqual({ state: 'Error', message: msg });
    expect(gitRepoState(repo({ ...st, conditions: healthy().conditions })).state).toBe('Error');
  });

  it('is GitUpdating while the git job runs (gitJobStatus InProgress, Reconciling=True)', () => {
    const st = healthy({ gitJobStatus: 'InProgress', display: { readyBundleDeployments: '2/2', state: 'GitUpdating' }, conditions: withConds(c('Reconciling', 'True', { reason: 'Reconciling' })) });
    expect(gitRepoState(repo(st)).state).toBe('GitUpdating');
    expect(gitRepoState(repo(healthy({ conditions: withConds(c('Reconciling', 'True', { reason: 'Reconciling' })) }))).state).toBe('GitUpdating');
    expect(gitRepoState(repo(healthy({ gitJobStatus: 'Terminating' }))).state).toBe('GitUpdating');
  });

  it('is Error when Accepted=False (setup error), even before observedGeneration catches up', () => {
    const msg = 'failed to look up helmSecretName, error: secrets "chartmuseum-creds" not found';
    const st = healthy({ observedGeneration: 0, conditions: withConds(c('Accepted', 'False', { reason: 'Error', message: msg })) });
    expect(gitRepoState(repo(st))).toEqual({ state: 'Error', message: msg });
  });

  it('reads a paused GitRepo from its deployments: OutOfSync after a new commit, Ready otherwise (paused is shown apart)', () => {
    const st = healthy({
      summary: { ready: 0, desiredReady: 2, outOfSync: 2, nonReadyResources: [{ name: 'paused-app-deploy', bundleState: 'OutOfSync' }] },
      display: { readyBundleDeployments: '0/2', state: 'OutOfSync' },
      conditions: withConds(c('Ready', 'False', { message: 'OutOfSync(2) [Bundle paused-app-deploy]' })),
    });
    expect(gitRepoState({ metadata: { generation: 1 }, spec: { paused: true }, status: st } as never).state).toBe('OutOfSync');
    expect(gitRepoState({ metadata: { generation: 1 }, spec: { paused: true }, status: healthy() } as never).state).toBe('Ready');
  });

  it('uses the summary when display.state is missing (worst non-zero counter)', () => {
    expect(gitRepoState(repo(healthy({ summary: { ready: 1, desiredReady: 3, errApplied: 1, modified: 1 } }))).state).toBe('ErrApplied');
  });
});

describe('bundleObjectState', () => {
  const bundle = (status: unknown, generation = 1) => ({ metadata: { generation }, status: status as never });
  it('is Error when Ready=False with an error and display.state empty (targeting error)', () => {
    const msg = 'targeting error: chart version cannot be deployed';
    expect(bundleObjectState(bundle({ observedGeneration: 1, conditions: [c('Ready', 'False', { reason: 'Error', message: msg })], summary: { ready: 0, desiredReady: 0 } }))).toEqual({ state: 'Error', message: msg });
  });
  it('is NotProcessed without status or with observedGeneration behind', () => {
    expect(bundleObjectState(bundle(undefined)).state).toBe('NotProcessed');
    expect(bundleObjectState(bundle({ observedGeneration: 1, summary: { ready: 1, desiredReady: 1 }, conditions: [c('Ready', 'True')] }, 2)).state).toBe('NotProcessed');
  });
  it('is the worst target state otherwise', () => {
    const st = { observedGeneration: 1, summary: { ready: 1, desiredReady: 2, waitApplied: 1 }, display: { readyClusters: '1/2', state: 'WaitApplied' }, conditions: [c('Ready', 'False', { message: 'WaitApplied(1) [Cluster fleet-default/c-1]' })] };
    expect(bundleObjectState(bundle(st))).toEqual({ state: 'WaitApplied', message: 'WaitApplied(1) [Cluster fleet-default/c-1]' });
    expect(bundleObjectState(bundle({ observedGeneration: 1, summary: { ready: 2, desiredReady: 2 }, display: { readyClusters: '2/2' }, conditions: [c('Ready', 'True')] }))).toEqual({ state: 'Ready' });
  });
});

describe('helmOpState', () => {
  const op = (status: unknown) => ({ metadata: { generation: 1 }, status: status as never });
  const ok = { summary: { ready: 1, desiredReady: 1 }, display: { readyBundleDeployments: '1/1' }, conditions: [c('Ready', 'True'), c('Accepted', 'True'), c('Polled', 'True'), c('Reconciling', 'False'), c('Stalled', 'False')] };
  it('is Ready when accepted, polled and deployed', () => expect(helmOpState(op(ok))).toEqual({ state: 'Ready' }));
  it('is NotProcessed without status', () => expect(helmOpState(op(undefined)).state).toBe('NotProcessed'));
  it('is Error when Accepted=False or polling failed', () => {
    const msg = 'no chart version found for mychart-0.1.x';
    expect(helmOpState(op({ ...ok, conditions: [c('Ready', 'True'), c('Accepted', 'False', { reason: 'Error', message: 'helm chart not found' })] }))).toEqual({ state: 'Error', message: 'helm chart not found' });
    expect(helmOpState(op({ ...ok, conditions: [c('Ready', 'True'), c('Polled', 'False', { reason: 'Error', message: msg }), c('Stalled', 'True', { reason: 'Stalled', message: msg })] }))).toEqual({ state: 'Error', message: msg });
  });
});

describe('OBJECT_STATES', () => {
  it("keeps Fleet's BundleState order (StateRank) among the bundle states", () => {
    const ranks = BUNDLE_STATES.map((s) => objectStateRank(s));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(BUNDLE_STATES.map(stateRank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(OBJECT_STATES.every(isObjectState)).toBe(true);
    expect(objectStateRank('Error')).toBeGreaterThan(objectStateRank('ErrApplied'));
  });
});
