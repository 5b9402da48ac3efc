// Objects exactly as Fleet v0.16.0's controllers and agents wrote them (recorded from the real-Fleet demo with
// controlplane/scripts/fleet-record.sh): the dashboard's schemas, derived states, rows and detectors read them right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleDeploymentSchema, BundleSchema, ClusterSchema, GitRepoSchema, HelmOpSchema } from './kinds';
import { bundleObjectState, gitRepoState, helmOpState } from './object-state';
import { toBundleDeploymentRow } from './rows/bundledeployment-row';
import { toClusterRow } from './rows/cluster-row';
import { runDetectors, type DetectorInput } from './troubleshooting';

const real = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, 'testdata/real-fleet', `${name}.json`), 'utf8'));

describe('objects recorded from real Fleet', () => {
  it('GitRepos: Ready, Modified, ErrApplied from an agent, and Error when gitjob is Stalled (Fleet leaves Ready=True then)', () => {
    expect(gitRepoState(GitRepoSchema.parse(real('gitrepo-ready'))).state).toBe('Ready');
    expect(gitRepoState(GitRepoSchema.parse(real('gitrepo-modified')))).toMatchObject({ state: 'Modified', message: expect.stringContaining('web-config') });
    expect(gitRepoState(GitRepoSchema.parse(real('gitrepo-errapplied')))).toMatchObject({ state: 'ErrApplied' });
    const stalled = GitRepoSchema.parse(real('gitrepo-stalled'));
    expect(stalled.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(gitRepoState(stalled)).toMatchObject({ state: 'Error', message: expect.stringContaining('updating helm dependencies') });
  });

  it('Bundles and a HelmOp', () => {
    expect(bundleObjectState(BundleSchema.parse(real('bundle-ready'))).state).toBe('Ready');
    expect(bundleObjectState(BundleSchema.parse(real('bundle-errapplied'))).state).toBe('ErrApplied');
    expect(helmOpState(HelmOpSchema.parse(real('helmop-ready'))).state).toBe('Ready');
  });

  it('BundleDeployments: a hand-made change is Modified with the patch Fleet would apply; a render error is ErrApplied', () => {
    const modified = toBundleDeploymentRow(BundleDeploymentSchema.parse(real('bundledeployment-modified')));
    expect(modified).toMatchObject({ state: 'Modified', cluster: 'staging-eu', bundle: 'web' });
    expect(modified.modified).toEqual([expect.objectContaining({ resource: expect.stringContaining('web-config') })]);
    const failed = toBundleDeploymentRow(BundleDeploymentSchema.parse(real('bundledeployment-errapplied')));
    expect(failed.state).toBe('ErrApplied');
    expect(failed.message).toContain('yaml: line 7: mapping values are not allowed in this context');
  });

  it('Clusters: agent contact against the check-in interval, and the worst bundle state', () => {
    const c = ClusterSchema.parse(real('cluster-downstream'));
    const seen = Date.parse(c.status!.agent!.lastSeen!);
    expect(toClusterRow(c, seen + 10_000, 60_000)).toMatchObject({ name: 'prod-us', agent: 'recent', state: 'ErrApplied' });
    expect(toClusterRow(c, seen + 120_000, 60_000).agent).toBe('stale');
    expect(toClusterRow(ClusterSchema.parse(real('cluster-local')), seen, 60_000).name).toBe('local');
  });

  it('troubleshooting explains the failures with Fleet\'s own messages', () => {
    const input: DetectorInput = {
      now: Date.now(),
      gitrepos: ['gitrepo-ready', 'gitrepo-modified', 'gitrepo-errapplied', 'gitrepo-stalled'].map((n) => GitRepoSchema.parse(real(n))) as never,
      bundles: ['bundle-ready', 'bundle-errapplied'].map((n) => BundleSchema.parse(real(n))) as never,
      bundledeployments: [],
      clusters: [],
      clustergroups: [],
    };
    const found = runDetectors(input).map((f) => `${f.detector} ${f.objects[0]?.name}`);
    expect(found).toEqual(expect.arrayContaining(['bundle-apply-error broken-yaml', 'helm-dependencies-missing cache']));
    expect(found.filter((f) => f.endsWith(' greeter'))).toEqual([]);
  });
});
