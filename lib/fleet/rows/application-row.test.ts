import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from '../kinds/gitrepo';
import { HelmOpSchema, type HelmOp } from '../kinds/helmop';
import { applicationCounts, applicationRows, ApplicationRowSchema } from './application-row';
import { HelmOpRowSchema, toHelmOpRow } from './helmop-row';

const real = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, '../testdata/real-fleet', `${name}.json`), 'utf8'));
const helmOp = (spec: HelmOp['spec'], status?: unknown, name = 'h'): HelmOp =>
  HelmOpSchema.parse({ metadata: { name, namespace: 'fleet-default', creationTimestamp: '2026-01-01T00:00:00Z' }, spec, status });

describe('HelmOp row', () => {
  it('reads what real Fleet wrote for a Ready HelmOp', () => {
    const row = toHelmOpRow(HelmOpSchema.parse(real('helmop-ready')));
    expect(HelmOpRowSchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      state: 'Ready',
      readyClusters: 2,
      desiredReadyClusters: 2,
      sourceType: 'repo',
      source: 'http://127.0.0.1:18574 · hello',
      chart: 'hello',
      versionAsked: '0.1.0',
      versionResolved: '0.1.0',
      versionDeployed: '0.1.0',
      pinned: true,
      lastUpdate: '2026-11-30T16:55:32Z',
    });
  });

  it('shows a range with its resolution, and no deployed version until Ready', () => {
    const row = toHelmOpRow(
      helmOp(
        { helm: { repo: 'oci://ghcr.io/acme/charts/hello', version: '^1' } },
        { version: '1.4.0', readyClusters: 1, desiredReadyClusters: 2, summary: { ready: 1, desiredReady: 2, notReady: 1 } },
      ),
    );
    expect(row).toMatchObject({ state: 'NotReady', sourceType: 'oci', chart: 'hello', versionAsked: '^1', versionResolved: '1.4.0', pinned: false });
    expect(row.versionDeployed).toBeUndefined();
    const failed = toHelmOpRow(
      helmOp({ helm: { repo: 'https://c.example.com', chart: 'x' } }, { conditions: [{ type: 'Accepted', status: 'False', message: 'disallowed helm repo https://c.example.com: …' }] }),
    );
    expect(failed).toMatchObject({ state: 'Error', message: 'disallowed helm repo https://c.example.com: …' });
    expect(toHelmOpRow(helmOp({ helm: { chart: 'https://e.com/hello-1.0.0.tgz' } }))).toMatchObject({ sourceType: 'tarball', chart: 'hello-1.0.0', state: 'NotProcessed' });
  });
});

describe('applications', () => {
  const gitRepos = [GitRepoSchema.parse(real('gitrepo-ready')), GitRepoSchema.parse(real('gitrepo-stalled'))];
  const helmOps = [HelmOpSchema.parse(real('helmop-ready')), helmOp({ helm: { repo: 'https://c.example.com', chart: 'x', version: '^1' }, paused: true })];

  it('lists both kinds with one row shape, filterable by kind', () => {
    const rows = applicationRows(gitRepos, helmOps);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(ApplicationRowSchema.parse(r)).toEqual(r);
    expect(applicationRows(gitRepos, helmOps, 'HelmOp').map((r) => r.kind)).toEqual(['HelmOp', 'HelmOp']);
    const git = rows.find((r) => r.kind === 'GitRepo' && r.state === 'Ready')!;
    expect(git.source).toMatch(/^git:\/\//);
    expect(git.current).toMatch(/^[0-9a-f]{40}$/);
  });

  it('counts both kinds for the overview', () => {
    const c = applicationCounts(applicationRows(gitRepos, helmOps));
    expect(c.total).toBe(4);
    expect(c.byKind).toEqual({ GitRepo: 2, HelmOp: 2 });
    expect(c.byState.Ready).toBe(2);
    expect(c.byState.Error).toBe(1);
    expect(c.byKindAndState.HelmOp.NotProcessed).toBe(1);
    expect(c.paused).toBe(1);
    expect(c.pinned).toBe(1);
  });
});
