// Fill colours per state for charts and matrix cells; the same hues as components/state-badge.tsx.
import type { ObjectState } from '@/lib/fleet/object-state';

export const STATE_FILL: Record<ObjectState, string> = {
  NotProcessed: 'bg-slate-300 dark:bg-slate-600',
  GitUpdating: 'bg-cyan-500 dark:bg-cyan-400/80',
  Error: 'bg-rose-800 dark:bg-rose-400',
  Ready: 'bg-green-500 dark:bg-green-500/80',
  NotReady: 'bg-orange-500 dark:bg-orange-400/80',
  Pending: 'bg-slate-400 dark:bg-slate-500',
  OutOfSync: 'bg-yellow-400 dark:bg-yellow-400/80',
  Modified: 'bg-purple-500 dark:bg-purple-400/80',
  WaitApplied: 'bg-blue-500 dark:bg-blue-400/80',
  ErrApplied: 'bg-red-600 dark:bg-red-500/90',
};
