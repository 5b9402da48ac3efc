import { describe, expect, it } from 'vitest';
import {
  addToSummary,
  BUNDLE_STATES,
  BundleStateSchema,
  bundleDeploymentMessage,
  bundleDeploymentState,
  emptySummary,
  isSummaryReady,
  mergeSummaries,
  readyConditionMessage,
  stateRank,
  summaryCount,
  summaryState,
  worstState,
  type BundleDeploymentLike,
  type BundleSummary,
} from './state';
import {
  agentBundleDeployment,
  bundleErrAndNotReady,
  bundleHelmChartQuirk,
  bundleWaitApplied,
  clusterWaitCheckIn,
  gitRepoNotReady,
} from './testdata/examples';

describe('state precedence', () => {
  it('matches Fleet StateRank', () => {
    expect(Object.fromEntries(BUNDLE_STATES.map((s) => [s, stateRank(s)]))).toEqual({
      ErrApplied: 7,
      WaitApplied: 6,
      Modified: 5,
      OutOfSync: 4,
      Pending: 3,
      NotReady: 2,
      Ready: 1,
    });
  });

  it('picks the worst state', () => {
    expect(worstState(['Ready', 'Modified', 'NotReady', 'OutOfSync'])).toBe('Modified');
    expect(worstState(new Set(['Pending', 'NotReady'] as const))).toBe('Pending');
    expect(worstState([])).toBeUndefined();
  });

  it('schema accepts only Fleet states', () => {
    expect(BundleStateSchema.parse('WaitApplied')).toBe('WaitApplied');
    expect(BundleStateSchema.safeParse('GitUpdating').success).toBe(false);
    expect(BundleStateSchema.safeParse('ready').success).toBe(false);
  });
});

describe('bundleDeploymentState (GetDeploymentState)', () => {
  const healthy = agentBundleDeployment;
  const withStatus = (status: Partial<NonNullable<BundleDeploymentLike['status']>>, spec = {}): BundleDeploymentLike => ({
    spec: { ...healthy.spec, ...spec },
    status: { ...healthy.status, ...status },
  });

  it('reads a healthy recorded BD as Ready', () => {
    expect(bundleDeploymentState(healthy)).toBe('Ready');
  });

  it('applies Fleet precedence in order', () => {
    const deployedFalse = [{ type: 'Deployed', status: 'False', message: 'boom' }];
    // applied != deployment wins over everything else
    expect(bundleDeploymentState(withStatus({ appliedDeploymentID: 'old', ready: false, conditions: deployedFalse }))).toBe(
      'ErrApplied',
    );
    expect(bundleDeploymentState(withStatus({ appliedDeploymentID: 'old', ready: false }))).toBe('WaitApplied');
    // not ready beats out-of-sync and modified
    expect(bundleDeploymentState(withStatus({ ready: false, nonModified: false }, { stagedDeploymentID: 'new' }))).toBe(
      'NotReady',
    );
    expect(bundleDeploymentState(withStatus({ nonModified: false }, { stagedDeploymentID: 'new' }))).toBe('OutOfSync');
    expect(bundleDeploymentState(withStatus({ nonModified: false }))).toBe('Modified');
  });

  it('treats a Deployed condition that is True/Unknown/absent as WaitApplied', () => {
    for (const status of ['True', 'Unknown']) {
      expect(bundleDeploymentState(withStatus({ appliedDeploymentID: '', conditions: [{ type: 'Deployed', status }] }))).toBe(
        'WaitApplied',
      );
    }
  });

  it('uses Go zero values for a BD without status', () => {
    expect(bundleDeploymentState({ spec: { deploymentID: 's-1', stagedDeploymentID: 's-1' } })).toBe('WaitApplied');
    expect(bundleDeploymentState({})).toBe('NotReady');
  });
});

describe('bundleDeploymentMessage (MessageFromDeployment)', () => {
  const bd = (applied: string, conditions: { type: string; status: string; message?: string }[]) => ({
    spec: { deploymentID: 'd2' },
    status: { appliedDeploymentID: applied, conditions },
  });
  const installed = { type: 'Installed', status: 'False', message: 'not installed: chart requires kubeVersion' };
  const monitored = { type: 'Monitored', status: 'False', message: 'monitor msg' };

  it('prefers Deployed', () => {
    expect(bundleDeploymentMessage(bd('d2', [installed, { type: 'Deployed', status: 'False', message: 'helm fail' }]))).toBe(
      'helm fail',
    );
  });
  it('uses Installed only for the current deployment', () => {
    expect(bundleDeploymentMessage(bd('d2', [monitored, installed]))).toBe(installed.message);
    expect(bundleDeploymentMessage(bd('d1', [monitored, installed]))).toBe('monitor msg');
  });
  it('is empty without messages', () => {
    expect(bundleDeploymentMessage(agentBundleDeployment)).toBe('');
  });
});

describe('summaries', () => {
  it('addToSummary counts like IncrementState and caps the list at 10', () => {
    const s = emptySummary();
    addToSummary(s, 'Ready');
    for (let i = 0; i < 12; i++) addToSummary(s, 'NotReady', { name: `b${i}` });
    addToSummary(s, 'ErrApplied', { name: 'late', message: 'x' });
    addToSummary(s, 'Modified', { name: '' }); // unnamed: counted, not listed
    expect(s).toMatchObject({ ready: 1, notReady: 12, errApplied: 1, modified: 1, desiredReady: 15 });
    expect(s.nonReadyResources).toHaveLength(10);
    expect(s.nonReadyResources?.[0]).toEqual({ name: 'b0', bundleState: 'NotReady' });
    // the list is full, so the worst state is only visible through the counters
    expect(s.nonReadyResources?.some((r) => r.bundleState === 'ErrApplied')).toBe(false);
    expect(summaryState(s)).toBe('ErrApplied');
  });

  it('treats omitted counters as 0', () => {
    expect(summaryCount(bundleWaitApplied.summary, 'WaitApplied')).toBe(1);
    expect(summaryCount(bundleWaitApplied.summary, 'ErrApplied')).toBe(0);
    expect(summaryCount(undefined, 'Ready')).toBe(0);
  });

  it('derives state and readiness like the recorded displays', () => {
    expect(summaryState(bundleErrAndNotReady.summary)).toBe(bundleErrAndNotReady.display.state);
    expect(summaryState(bundleWaitApplied.summary)).toBe(bundleWaitApplied.display.state);
    expect(summaryState(clusterWaitCheckIn.status.summary as BundleSummary)).toBe('WaitApplied');
    expect(summaryState({ ready: 4, desiredReady: 4 })).toBe('Ready');
    expect(summaryState(undefined)).toBe('Ready');
    expect(isSummaryReady(bundleWaitApplied.summary)).toBe(false);
    expect(isSummaryReady({ ready: 0, desiredReady: 0 })).toBe(true);
  });

  it('mergeSummaries adds counters and keeps Fleet list semantics', () => {
    const m = mergeSummaries(bundleErrAndNotReady.summary, gitRepoNotReady.summary);
    expect(m).toMatchObject({ desiredReady: 5, ready: 2, errApplied: 1, notReady: 2 });
    expect(m).not.toHaveProperty('modified');
    expect(m.nonReadyResources?.map((r) => r.name)).toEqual([
      'fleet-default/c-m-7xk2p',
      'fleet-default/prod-east',
      'helm-kustomize-multi-cluster-helm-kustomize',
    ]);
    const full = emptySummary();
    for (let i = 0; i < 10; i++) addToSummary(full, 'NotReady', { name: `n${i}` });
    expect(mergeSummaries(full, gitRepoNotReady.summary).nonReadyResources).toHaveLength(10);
    expect(mergeSummaries(undefined, undefined)).toEqual({ ready: 0, desiredReady: 0 });
  });
});

describe('readyConditionMessage (ReadyMessage)', () => {
  it('reproduces recorded Bundle messages (kind Cluster)', () => {
    expect(readyConditionMessage(bundleErrAndNotReady.summary, 'Cluster')).toBe(bundleErrAndNotReady.readyMessage);
    expect(readyConditionMessage(bundleWaitApplied.summary, 'Cluster')).toBe(bundleWaitApplied.readyMessage);
  });

  it('reproduces the GitRepo message (kind Bundle is the default)', () => {
    expect(readyConditionMessage(gitRepoNotReady.summary)).toBe(gitRepoNotReady.readyMessage);
  });

  it('keeps the "error]" quirk, sorts lines and caps them at 4 per resource', () => {
    expect(readyConditionMessage(bundleHelmChartQuirk.summary, 'Cluster')).toBe(bundleHelmChartQuirk.readyMessage);
  });

  it('renders modified resources like ModifiedStatus.String()', () => {
    const svc = { kind: 'Service', apiVersion: 'v1', namespace: 'ns' };
    const summary: BundleSummary = {
      ready: 0,
      desiredReady: 2,
      modified: 2,
      nonReadyResources: [
        {
          name: 'app',
          bundleState: 'Modified',
          modifiedStatus: [
            { ...svc, name: 'svc-test', patch: '{"spec":{"selector":{"app.kubernetes.io/name":"MyApp"}}}' },
            { ...svc, name: 'svc-finalizer', delete: true },
            { ...svc, name: 'svc-missing', missing: true },
            { ...svc, name: 'svc-taken', missing: true, exist: true },
          ],
        },
        { name: 'second', bundleState: 'Modified', message: 'ignored: only the first per state is named' },
      ],
    };
    expect(readyConditionMessage(summary)).toBe(
      [
        'Modified(2) [Bundle app]',
        'service.v1 ns/svc-finalizer extra',
        'service.v1 ns/svc-missing missing',
        'service.v1 ns/svc-taken is not owned by us',
        'service.v1 ns/svc-test modified {"spec":{"selector":{"app.kubernetes.io/name":"MyApp"}}}',
      ].join('; '),
    );
  });

  it('is empty when ready, and (like Fleet) when no listed resource backs a counter', () => {
    expect(readyConditionMessage({ ready: 3, desiredReady: 3 })).toBe('');
    expect(readyConditionMessage(undefined)).toBe('');
    expect(readyConditionMessage({ ready: 0, desiredReady: 1, notReady: 1 })).toBe('');
  });
});
