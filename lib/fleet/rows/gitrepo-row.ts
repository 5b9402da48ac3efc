// The GitRepo list row: what the Git Repos table shows, projected from a GitRepo object. Shared by the
// route (validation of what it sends) and the page (parsing what it receives).
import { z } from 'zod';
import type { GitRepo } from '../kinds/gitrepo';
import { gitRepoState } from '../object-state';
import { isGitRepoPinned } from '../pin';
import { APP_ROW_FIELDS } from './app-row-fields';
import { listResponseSchema } from './list';
import { LIST_SORT_KEYS, listQuerySchemaFor, type SortKeyOf } from './sort-keys';

export const GitRepoRowSchema = z.object({
  ...APP_ROW_FIELDS,
  repo: z.string(),
  branch: z.string().optional(),
  revision: z.string().optional(),
  commit: z.string().optional(),
  paused: z.boolean(),
  /** spec.revision set and no branch overriding it (lib/fleet/pin.ts): the row shows "pinned". */
  pinned: z.boolean(),
  /** Latest condition update, else creation time (RFC 3339). */
  lastUpdate: z.string().optional(),
  /** Identity and settings version as loaded: a delete sends them so a stale page cannot delete another object. */
  uid: z.string().optional(),
  generation: z.number().int().optional(),
});
export type GitRepoRow = z.infer<typeof GitRepoRowSchema>;

export const GitRepoListSchema = listResponseSchema(GitRepoRowSchema);
export type GitRepoList = z.infer<typeof GitRepoListSchema>;

export const GITREPO_SORT_KEYS = LIST_SORT_KEYS.gitrepos;
export type GitRepoSortKey = SortKeyOf<'gitrepos'>;
export const GITREPO_DEFAULT_SORT: GitRepoSortKey = 'name';
export const GitRepoListQuerySchema = listQuerySchemaFor('gitrepos');

/** The latest of some RFC 3339 times (undefined when none parses). */
export function latest(times: (string | null | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const t of times) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms) && ms > bestMs) {
      bestMs = ms;
      best = t ?? undefined;
    }
  }
  return best;
}

export function toGitRepoRow(g: GitRepo): GitRepoRow {
  const st = g.status;
  const { state, message } = gitRepoState(g);
  return {
    namespace: g.metadata.namespace ?? '',
    name: g.metadata.name,
    state,
    readyClusters: st?.readyClusters ?? 0,
    desiredReadyClusters: st?.desiredReadyClusters ?? 0,
    repo: g.spec.repo,
    branch: g.spec.branch || undefined,
    revision: g.spec.revision || undefined,
    commit: st?.commit || undefined,
    paused: g.spec.paused === true,
    pinned: isGitRepoPinned(g),
    lastUpdate: latest([...(st?.conditions ?? []).map((c) => c.lastUpdateTime ?? c.lastTransitionTime), g.metadata.creationTimestamp]),
    message: state === 'Ready' ? undefined : message,
    uid: g.metadata.uid,
    generation: g.metadata.generation,
  };
}
