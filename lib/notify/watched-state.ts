// What the notifier reads of one watched object: its state (lib/fleet/object-state.ts) and ready/desired clusters,
// projected by the same row functions the lists use, so a notification says what the badge says.
import { z } from 'zod';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { HelmOpSchema } from '@/lib/fleet/kinds/helmop';
import { ObjectStateSchema } from '@/lib/fleet/object-state';
import { toBundleRow } from '@/lib/fleet/rows/bundle-row';
import { toGitRepoRow } from '@/lib/fleet/rows/gitrepo-row';
import { toHelmOpRow } from '@/lib/fleet/rows/helmop-row';
import { WATCH_KINDS, type WatchKind } from './watch-list';
import type { WatchSnapshot } from './transitions';

export const WatchedStateSchema = z.object({
  kind: z.enum(WATCH_KINDS),
  namespace: z.string(),
  name: z.string(),
  state: ObjectStateSchema,
  message: z.string().optional(),
  readyClusters: z.number().int(),
  desiredReadyClusters: z.number().int(),
});
export type WatchedState = z.infer<typeof WatchedStateSchema>;

type Row = Pick<WatchedState, 'namespace' | 'name' | 'state' | 'message' | 'readyClusters' | 'desiredReadyClusters'>;

/** A cached object of a watchable kind as the notifier reads it; undefined when its shape is not understood. */
export function toWatchedState(kind: WatchKind, obj: unknown): WatchedState | undefined {
  let row: Row | undefined;
  if (kind === 'gitrepos') {
    const g = GitRepoSchema.safeParse(obj);
    row = g.success ? toGitRepoRow(g.data) : undefined;
  } else if (kind === 'helmops') {
    const h = HelmOpSchema.safeParse(obj);
    row = h.success ? toHelmOpRow(h.data) : undefined;
  } else {
    row = toBundleRow(obj as Parameters<typeof toBundleRow>[0]);
  }
  if (!row) return undefined;
  const { namespace, name, state, message, readyClusters, desiredReadyClusters } = row;
  return { kind, namespace, name, state, message, readyClusters, desiredReadyClusters };
}

export const snapshotOf = (w: WatchedState): WatchSnapshot => ({ state: w.state, ready: w.readyClusters, desired: w.desiredReadyClusters, message: w.message });
