'use client';
// GitRepo actions shared by the list (bulk) and the detail page (single): pause, unpause, force update, delete
// (components/list/use-object-ops.ts).
import type { GitRepoAction } from '@/lib/fleet/rows/gitrepo-detail';
import { deleteOrGone, useObjectOps, type ObjectRef } from '@/components/list/use-object-ops';
import { deleteGitRepo, runGitRepoAction } from './gitrepo-api';

export type GitRepoOp = GitRepoAction | 'delete';

export const OP_WORDS: Record<GitRepoOp, { label: string; done: string }> = {
  pause: { label: 'Pause', done: 'Paused' },
  unpause: { label: 'Unpause', done: 'Unpaused' },
  forceUpdate: { label: 'Force update', done: 'Force update' },
  delete: { label: 'Delete', done: 'Delete' },
};

export type GitRepoRef = ObjectRef;

const runOne = (r: ObjectRef, op: GitRepoOp) => (op === 'delete' ? deleteOrGone(deleteGitRepo, r) : runGitRepoAction(r.namespace, r.name, op));

export function useGitRepoOps() {
  return useObjectOps('gitrepos', runOne);
}
