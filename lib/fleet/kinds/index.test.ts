import { describe, expect, it } from 'vitest';
import { bundleDeploymentState, isSummaryReady, summaryState } from '../state';
import { agentBundleDeployment, bundleErrAndNotReady, clusterWaitCheckIn } from '../testdata/examples';
import {
  BundleDeploymentSchema,
  BundleSchema,
  ClusterGroupSchema,
  ClusterSchema,
  FLEET_KINDS,
  FLEET_PLURALS,
  GitRepoRestrictionSchema,
  HelmOpSchema,
  fleetKindByKind,
  isFleetPlural,
} from './index';

describe('FLEET_KINDS registry', () => {
  it('keys every kind by its own plural, all namespaced fleet.cattle.io/v1alpha1', () => {
    for (const [plural, info] of Object.entries(FLEET_KINDS)) {
      expect(info.plural).toBe(plural);
      expect(info.plural).toBe(info.plural.toLowerCase());
      expect(info).toMatchObject({ group: 'fleet.cattle.io', version: 'v1alpha1', namespaced: true });
    }
    expect(FLEET_PLURALS).toHaveLength(11);
    expect(FLEET_KINDS.gitreporestrictions.kind).toBe('GitRepoRestriction');
  });

  it('is an allowlist', () => {
    expect(isFleetPlural('clusters')).toBe(true);
    expect(isFleetPlural('secrets')).toBe(false);
    expect(isFleetPlural('contents')).toBe(false);
    expect(isFleetPlural('toString')).toBe(false);
    expect(fleetKindByKind('BundleDeployment')?.plural).toBe('bundledeployments');
  });
});

describe('kind schemas on recorded-looking objects', () => {
  it('Cluster waiting for check-in (lastSeen: null)', () => {
    const c = ClusterSchema.parse(clusterWaitCheckIn);
    expect(c.status?.agent?.lastSeen).toBeNull();
    expect(c.status?.display?.state).toBe('WaitCheckIn');
    expect(summaryState(c.status?.summary)).toBe('WaitApplied');
    expect(c.status?.agentTLSMode).toBe('system-store');
  });

  it('Bundle with an ErrApplied/NotReady status', () => {
    const b = BundleSchema.parse({
      metadata: { name: 'web-frontend', namespace: 'fleet-default', labels: { 'fleet.cattle.io/repo-name': 'web' } },
      spec: {
        resources: [{ name: 'deploy.yaml', content: 'kind: Deployment' }],
        rolloutStrategy: { maxUnavailable: '10%', autoPartitionSize: 25 },
        targets: [{ clusterSelector: { matchLabels: { env: 'prod' } }, helm: { values: { replicas: 3 } } }],
        dependsOn: [{ name: 'base', acceptedStates: ['Ready', 'Modified'] }],
      },
      status: { summary: bundleErrAndNotReady.summary, display: bundleErrAndNotReady.display },
    });
    expect(isSummaryReady(b.status?.summary)).toBe(false);
    expect(b.spec.targets?.[0]?.helm?.values).toEqual({ replicas: 3 });
    expect(BundleSchema.safeParse({ ...b, spec: { dependsOn: [{ acceptedStates: ['Healthy'] }] } }).success).toBe(false);
  });

  it('BundleDeployment feeds bundleDeploymentState', () => {
    const bd = BundleDeploymentSchema.parse(agentBundleDeployment);
    expect(bundleDeploymentState(bd)).toBe('Ready');
    const nullConds = BundleDeploymentSchema.parse({ ...agentBundleDeployment, status: { conditions: null } });
    expect(nullConds.status?.conditions).toBeUndefined();
    expect(bundleDeploymentState(nullConds)).toBe('WaitApplied');
  });

  it('ClusterGroup with nil selector and display', () => {
    const g = ClusterGroupSchema.parse({
      metadata: { name: 'default', namespace: 'fleet-local' },
      spec: { selector: { matchLabels: { name: 'local' } } },
      status: { clusterCount: 3, nonReadyClusterCount: 1, nonReadyClusters: ['c-m-abc12'], display: { readyClusters: '2/3 (c-m-abc12)' } },
    });
    expect(g.spec?.selector?.matchLabels).toEqual({ name: 'local' });
    expect(ClusterGroupSchema.parse({ metadata: { name: 'x' }, spec: { selector: null } }).spec?.selector).toBeNull();
  });

  it('GitRepoRestriction keeps fields at the top level', () => {
    const r = GitRepoRestrictionSchema.parse({
      metadata: { name: 'restrict', namespace: 'fleet-default' },
      allowedServiceAccounts: ['deployer'],
      allowedRepoPatterns: ['^https://github\\.com/acme/'],
      allowedTargetNamespaces: ['apps'],
    });
    expect(r.allowedRepoPatterns).toEqual(['^https://github\\.com/acme/']);
    expect(GitRepoRestrictionSchema.safeParse({ metadata: { name: 'r' }, allowedServiceAccounts: 'deployer' }).success).toBe(false);
  });

  it('HelmOp spec inlines BundleSpec', () => {
    const h = HelmOpSchema.parse({
      metadata: { name: 'podinfo', namespace: 'fleet-default' },
      spec: { helm: { repo: 'https://stefanprodan.github.io/podinfo', chart: 'podinfo', version: '6.x' }, namespace: 'podinfo', labels: { team: 'a' } },
      status: { version: '6.7.1', display: { readyBundleDeployments: '2/3', state: 'NotReady' } },
    });
    expect(h.spec.helm?.chart).toBe('podinfo');
    expect(h.status?.version).toBe('6.7.1');
  });

  it('requires metadata.name', () => {
    expect(ClusterSchema.safeParse({ metadata: {} }).success).toBe(false);
  });
});
