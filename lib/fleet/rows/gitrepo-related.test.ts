import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepoBundleRow, gitRepoClusterRows } from './gitrepo-related';

// Objects Fleet v0.16.0's controllers and agents wrote (controlplane/scripts/fleet-record.sh).
const recorded = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../testdata/real-fleet', `${name}.json`), 'utf8'));

describe("a GitRepo's bundles and clusters", () => {
  it('a Ready bundle has no message; a failed one carries the agent error', () => {
    expect(gitRepoBundleRow(recorded('bundle-ready'))).toEqual({ name: 'greeter', state: 'Ready', ready: 2, desiredReady: 2, message: undefined });
    const bad = gitRepoBundleRow(recorded('bundle-errapplied'));
    expect(bad).toMatchObject({ name: 'broken-yaml', state: 'ErrApplied', ready: 0, desiredReady: 1 });
    expect(bad.message).toContain('mapping values are not allowed');
  });

  it('one row per cluster from the BundleDeployment labels, worst state first, naming the bundle', () => {
    const errapplied = recorded('bundledeployment-errapplied'); // broken-yaml on prod-us
    const modified = recorded('bundledeployment-modified'); // web on staging-eu
    const rows = gitRepoClusterRows([modified, errapplied], 'fleet-default');
    expect(rows.map((r) => [r.name, r.state, r.bundles, r.readyBundles])).toEqual([
      ['prod-us', 'ErrApplied', 1, 0],
      ['staging-eu', 'Modified', 1, 0],
    ]);
    expect(rows[0]!.message).toMatch(/^broken-yaml: ErrApplied — .*mapping values are not allowed/);
    expect(rows[1]!.message).toMatch(/^web: Modified/);
  });

  it('several BundleDeployments on one cluster: counted together, the worst state wins', () => {
    const errapplied = recorded('bundledeployment-errapplied');
    const modifiedHere = { ...recorded('bundledeployment-modified'), metadata: { ...recorded('bundledeployment-modified').metadata, labels: errapplied.metadata.labels } };
    const rows = gitRepoClusterRows([modifiedHere, errapplied], 'fleet-default');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ namespace: 'fleet-default', name: 'prod-us', state: 'ErrApplied', bundles: 2, readyBundles: 0 });
  });
});
