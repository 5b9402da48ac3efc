'use client';
// HelmOp actions shared by the list (bulk) and the detail page (single): pause, unpause, force update, delete, and
// pin/unpin the chart version (components/list/use-object-ops.ts).
import type { HelmOpAction } from '@/lib/fleet/rows/helmop-detail';
import { deleteOrGone, useObjectOps, type ObjectRef } from '@/components/list/use-object-ops';
import { deleteHelmOp, runHelmOpAction } from './helmop-api';

export type HelmOpOp = HelmOpAction | { action: 'delete' };
export type HelmOpOpName = HelmOpOp['action'];

export const HELMOP_OP_WORDS: Record<HelmOpOpName, { label: string; done: string }> = {
  pause: { label: 'Pause', done: 'Paused' },
  unpause: { label: 'Unpause', done: 'Unpaused' },
  forceUpdate: { label: 'Force update', done: 'Force update' },
  pin: { label: 'Pin version', done: 'Pinned' },
  unpin: { label: 'Unpin version', done: 'Unpinned' },
  delete: { label: 'Delete', done: 'Delete' },
};

export type HelmOpRef = ObjectRef;

const runOne = (r: ObjectRef, op: HelmOpOp) => (op.action === 'delete' ? deleteOrGone(deleteHelmOp, r) : runHelmOpAction(r.namespace, r.name, op));

export function useHelmOpOps() {
  return useObjectOps('helmops', runOne);
}
