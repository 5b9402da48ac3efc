// The applications view: GitRepos and HelmOps in one list (Rancher 2.12+ calls them "App Bundles"),
// one row type whatever the kind, and the overview counts for both. Built from the per-kind rows so
// state, ready counts and pinning mean the same everywhere.
import { z } from 'zod';
import { OBJECT_STATES, type ObjectState } from '../object-state';
import type { GitRepo } from '../kinds/gitrepo';
import type { HelmOp } from '../kinds/helmop';
import { toGitRepoRow } from './gitrepo-row';
import { toHelmOpRow } from './helmop-row';
import { APP_ROW_FIELDS } from './app-row-fields';

export const APPLICATION_KINDS = ['GitRepo', 'HelmOp'] as const;
export const ApplicationKindSchema = z.enum(APPLICATION_KINDS);
export type ApplicationKind = z.infer<typeof ApplicationKindSchema>;

export const ApplicationRowSchema = z.object({
  kind: ApplicationKindSchema,
  ...APP_ROW_FIELDS,
  /** Repository URL (GitRepo) or chart source (HelmOp). */
  source: z.string(),
  /** Branch, or revision when pinned (GitRepo); version asked (HelmOp). */
  ref: z.string().optional(),
  /** Deployed commit (GitRepo) or resolved chart version (HelmOp). */
  current: z.string().optional(),
  pinned: z.boolean(),
  paused: z.boolean(),
  lastUpdate: z.string().optional(),
});
export type ApplicationRow = z.infer<typeof ApplicationRowSchema>;

export function gitRepoApplicationRow(g: GitRepo): ApplicationRow {
  const r = toGitRepoRow(g);
  return {
    kind: 'GitRepo',
    namespace: r.namespace,
    name: r.name,
    state: r.state,
    message: r.message,
    readyClusters: r.readyClusters,
    desiredReadyClusters: r.desiredReadyClusters,
    source: r.repo,
    ref: r.branch ?? r.revision,
    current: r.commit,
    pinned: r.pinned,
    paused: r.paused,
    lastUpdate: r.lastUpdate,
  };
}

export function helmOpApplicationRow(h: HelmOp): ApplicationRow {
  const r = toHelmOpRow(h);
  return {
    kind: 'HelmOp',
    namespace: r.namespace,
    name: r.name,
    state: r.state,
    message: r.message,
    readyClusters: r.readyClusters,
    desiredReadyClusters: r.desiredReadyClusters,
    source: r.source,
    ref: r.versionAsked,
    current: r.versionResolved,
    pinned: r.pinned,
    paused: r.paused,
    lastUpdate: r.lastUpdate,
  };
}

/** Rows of both kinds, optionally filtered by kind, in a stable order (namespace, name, kind). */
export function applicationRows(gitRepos: readonly GitRepo[], helmOps: readonly HelmOp[], kind?: ApplicationKind): ApplicationRow[] {
  const rows = [
    ...(kind === 'HelmOp' ? [] : gitRepos.map(gitRepoApplicationRow)),
    ...(kind === 'GitRepo' ? [] : helmOps.map(helmOpApplicationRow)),
  ];
  return rows.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

export interface ApplicationCounts {
  total: number;
  byKind: Record<ApplicationKind, number>;
  byState: Record<ObjectState, number>;
  /** Per kind and state, for a stacked bar. */
  byKindAndState: Record<ApplicationKind, Record<ObjectState, number>>;
  pinned: number;
  paused: number;
}

const zeroStates = () => Object.fromEntries(OBJECT_STATES.map((s) => [s, 0])) as Record<ObjectState, number>;

/** Overview counts over application rows (both kinds). */
export function applicationCounts(rows: readonly ApplicationRow[]): ApplicationCounts {
  const c: ApplicationCounts = {
    total: rows.length,
    byKind: { GitRepo: 0, HelmOp: 0 },
    byState: zeroStates(),
    byKindAndState: { GitRepo: zeroStates(), HelmOp: zeroStates() },
    pinned: 0,
    paused: 0,
  };
  for (const r of rows) {
    c.byKind[r.kind]++;
    c.byState[r.state]++;
    c.byKindAndState[r.kind][r.state]++;
    if (r.pinned) c.pinned++;
    if (r.paused) c.paused++;
  }
  return c;
}
