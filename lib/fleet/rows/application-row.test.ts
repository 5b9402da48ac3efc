import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from '../kinds/gitrepo';
import { HelmOpSchema, type HelmOp } from '../kinds/helmop';
import { applicationCounts, applicationPage, applicationTotals, applicationRows, ApplicationRowSchema, parseKindParam, sortApplicationRows, type ApplicationRow } from './application-row';
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

describe('applications list: sort, page, kind filter', () => {
  const row = (kind: ApplicationRow['kind'], name: string, over: Partial<ApplicationRow> = {}): ApplicationRow => ({
    kind, namespace: 'fleet-default', name, state: 'Ready', readyClusters: 1, desiredReadyClusters: 1, source: `https://${name}.example.com`, pinned: false, paused: false, ...over,
  });
  const rows = [
    row('GitRepo', 'web', { state: 'ErrApplied', readyClusters: 1, desiredReadyClusters: 4, lastUpdate: '2026-11-30T10:00:00Z' }),
    row('HelmOp', 'web', { lastUpdate: '2026-11-30T12:00:00Z' }),
    row('HelmOp', 'api', { state: 'NotReady', readyClusters: 0, desiredReadyClusters: 2, source: 'oci://Z' }),
    row('GitRepo', 'cache', { namespace: 'fleet-local', lastUpdate: '2026-11-30T11:00:00Z' }),
  ];
  const names = (rs: ApplicationRow[]) => rs.map((r) => `${r.kind}/${r.name}`);

  it('sorts by each column, ties by namespace, name and kind', () => {
    expect(names(sortApplicationRows(rows, 'name', 'asc'))).toEqual(['HelmOp/api', 'GitRepo/cache', 'GitRepo/web', 'HelmOp/web']);
    expect(names(sortApplicationRows(rows, 'name', 'desc'))).toEqual(['HelmOp/web', 'GitRepo/web', 'GitRepo/cache', 'HelmOp/api']);
    expect(names(sortApplicationRows(rows, 'state', 'desc')).slice(0, 2)).toEqual(['GitRepo/web', 'HelmOp/api']);
    expect(names(sortApplicationRows(rows, 'ready', 'asc')).slice(0, 2)).toEqual(['HelmOp/api', 'GitRepo/web']);
    expect(names(sortApplicationRows(rows, 'kind', 'asc'))).toEqual(['GitRepo/web', 'GitRepo/cache', 'HelmOp/api', 'HelmOp/web']);
    expect(names(sortApplicationRows(rows, 'lastUpdate', 'desc')).slice(0, 3)).toEqual(['HelmOp/web', 'GitRepo/cache', 'GitRepo/web']);
    expect(names(sortApplicationRows(rows, 'source', 'asc'))[0]).toBe('GitRepo/cache');
  });

  it('pages without overlap', () => {
    const q = { sort: 'name', dir: 'asc', q: '', pageSize: 3 } as const;
    const p1 = applicationPage(rows, { ...q, page: 1 });
    const p2 = applicationPage(rows, { ...q, page: 2 });
    expect(p1.total).toBe(4);
    expect(names(p1.items)).toEqual(['HelmOp/api', 'GitRepo/cache', 'GitRepo/web']);
    expect(names(p2.items)).toEqual(['HelmOp/web']);
  });

  it('reads the kind parameter, refusing others in words', () => {
    expect(parseKindParam(null)).toEqual({ ok: true });
    expect(parseKindParam('HelmOp')).toEqual({ ok: true, kind: 'HelmOp' });
    expect(parseKindParam('Bundle')).toEqual({ ok: false, error: 'kind must be one of: GitRepo, HelmOp' });
  });
});

describe('overview totals', () => {
  it('adds GitRepo and HelmOp counts, and copes with a missing kind', () => {
    const zero = { Ready: 0, NotProcessed: 0, GitUpdating: 0, NotReady: 0, Pending: 0, OutOfSync: 0, Modified: 0, WaitApplied: 0, ErrApplied: 0, Error: 0 };
    const g = { total: 3, byState: { ...zero, Ready: 2, Error: 1 }, paused: 1, pinned: 1 };
    const h = { total: 2, byState: { ...zero, Ready: 1, NotReady: 1 }, paused: 0, pinned: 2 };
    expect(applicationTotals(g, h)).toEqual({ total: 5, byState: { ...zero, Ready: 3, Error: 1, NotReady: 1 }, paused: 1, pinned: 3 });
    expect(applicationTotals(g, null)).toEqual(g);
    expect(applicationTotals(undefined, null)).toBeUndefined();
  });
});
