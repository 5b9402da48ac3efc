import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from '../kinds/gitrepo';
import { GitRepoListQuerySchema, toGitRepoRow } from './gitrepo-row';
import { listQueryToParams, parseListQuery } from './list';

const parse = (s: string) => parseListQuery(GitRepoListQuerySchema, new URLSearchParams(s));

describe('parseListQuery', () => {
  it('applies defaults', () => {
    expect(parse('')).toEqual({ ok: true, value: { page: 1, pageSize: 50, sort: 'name', dir: 'asc', q: '' } });
  });
  it('reads every parameter', () => {
    expect(parse('page=2&pageSize=10&sort=state&dir=desc&q=web&state=Modified')).toEqual({
      ok: true,
      value: { page: 2, pageSize: 10, sort: 'state', dir: 'desc', q: 'web', state: 'Modified' },
    });
  });
  it.each([
    ['pageSize=0', /pageSize must be 1 or more/],
    ['pageSize=501', /pageSize must be at most 500/],
    ['pageSize=abc', /pageSize/],
    ['page=1.5', /page must be a whole number/],
    ['sort=color', /sort must be one of: name, state, ready, repo, lastUpdate/],
    ['dir=up', /dir must be asc or desc/],
    ['state=Broken', /state must be one of: Ready, NotProcessed, GitUpdating, NotReady/],
    [`q=${'x'.repeat(201)}`, /q must be at most 200/],
    ['foo=1', /unknown parameter "foo"/],
    ['page=1&page=2', /more than once/],
  ])('%s → 400 message', (qs, msg) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });
  it('round-trips through listQueryToParams, leaving defaults out', () => {
    const p = listQueryToParams({ page: 1, pageSize: 50, sort: 'name', dir: 'asc', q: '', state: 'Ready' }, { sort: 'name' });
    expect(p.toString()).toBe('state=Ready');
  });
});

function gitrepo(name: string, status: Record<string, unknown>, spec: Record<string, unknown> = {}) {
  return GitRepoSchema.parse({
    metadata: { name, namespace: 'fleet-default', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { repo: `https://github.com/example/${name}`, ...spec },
    status,
  });
}

describe('toGitRepoRow', () => {
  it('takes the worst state from the summary and its message from display', () => {
    const row = toGitRepoRow(
      gitrepo(
        'web',
        {
          observedGeneration: 1,
          gitJobStatus: 'Current',
          summary: { ready: 1, desiredReady: 3, modified: 1, errApplied: 1 },
          display: { state: 'ErrApplied', message: 'another operation (install/upgrade/rollback) is in progress' },
          readyClusters: 1,
          desiredReadyClusters: 3,
          commit: 'abcdef1234567890',
          conditions: [{ type: 'Ready', status: 'False', lastUpdateTime: '2026-02-01T10:00:00Z' }],
        },
        { branch: 'main', paused: true },
      ),
    );
    expect(row).toMatchObject({
      state: 'ErrApplied',
      readyClusters: 1,
      desiredReadyClusters: 3,
      branch: 'main',
      commit: 'abcdef1234567890',
      paused: true,
      pinned: false,
      lastUpdate: '2026-02-01T10:00:00Z',
      message: 'another operation (install/upgrade/rollback) is in progress',
    });
  });
  it('a GitRepo without status is NotProcessed (not Ready) with 0/0 and its creation time', () => {
    const row = toGitRepoRow(GitRepoSchema.parse({ metadata: { name: 'new', namespace: 'x', generation: 1, creationTimestamp: '2026-01-01T00:00:00Z' }, spec: { repo: 'r' } }));
    expect(row).toMatchObject({ state: 'NotProcessed', readyClusters: 0, desiredReadyClusters: 0, paused: false, lastUpdate: '2026-01-01T00:00:00Z' });
    expect(row.message).toMatch(/not processed/);
  });
  it('a Stalled GitRepo with an empty display.state is Error, with the Stalled message', () => {
    const msg = 'authentication required: Repository not found.';
    const row = toGitRepoRow(
      gitrepo('private', {
        observedGeneration: 0,
        conditions: [
          { type: 'Ready', status: 'True' },
          { type: 'GitPolling', status: 'False', reason: 'Error', message: msg },
          { type: 'Stalled', status: 'True', reason: 'Stalled', message: msg },
          { type: 'Accepted', status: 'True' },
        ],
      }),
    );
    expect(row).toMatchObject({ state: 'Error', message: msg });
  });
  it('a Ready GitRepo carries no message', () => {
    const row = toGitRepoRow(gitrepo('a', { observedGeneration: 0, commit: 'abc', gitJobStatus: 'Current', summary: { ready: 1, desiredReady: 1 }, display: { readyBundleDeployments: '1/1' } }));
    expect(row.state).toBe('Ready');
    expect(row.message).toBeUndefined();
  });

  it('marks a GitRepo pinned to a commit (revision without a branch)', () => {
    const pinned = toGitRepoRow(gitrepo('p', { observedGeneration: 1, commit: 'a'.repeat(40) }, { revision: 'a'.repeat(40) }));
    expect(pinned.pinned).toBe(true);
    expect(toGitRepoRow(gitrepo('q', { observedGeneration: 1 }, { branch: 'main', revision: 'a'.repeat(40) })).pinned).toBe(false);
  });
});
