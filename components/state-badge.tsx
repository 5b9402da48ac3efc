// The one way a state is drawn: same words, one colour per state, plus a glyph so colour is not the
// only cue. Fleet's BundleStates and the object states of lib/fleet/object-state.ts, plus Paused.
import type { ObjectState } from '@/lib/fleet/object-state';

export type BadgeState = ObjectState | 'Paused';

const STYLES: Record<BadgeState, { cls: string; glyph: string; label: string }> = {
  NotProcessed: { cls: 'bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-500/15 dark:text-slate-300 dark:ring-slate-400/30', glyph: '○', label: 'Not Processed' },
  Error: { cls: 'bg-rose-200 text-rose-900 ring-rose-700/40 dark:bg-rose-500/25 dark:text-rose-200 dark:ring-rose-400/40', glyph: '⚠', label: 'Error' },
  Ready: { cls: 'bg-green-100 text-green-800 ring-green-600/30 dark:bg-green-500/15 dark:text-green-300 dark:ring-green-400/30', glyph: '✓', label: 'Ready' },
  NotReady: { cls: 'bg-orange-100 text-orange-800 ring-orange-600/30 dark:bg-orange-500/15 dark:text-orange-300 dark:ring-orange-400/30', glyph: '!', label: 'Not Ready' },
  Pending: { cls: 'bg-slate-200 text-slate-700 ring-slate-500/30 dark:bg-slate-500/20 dark:text-slate-300 dark:ring-slate-400/30', glyph: '…', label: 'Pending' },
  OutOfSync: { cls: 'bg-yellow-100 text-yellow-800 ring-yellow-600/40 dark:bg-yellow-500/15 dark:text-yellow-200 dark:ring-yellow-400/30', glyph: '↻', label: 'Out of Sync' },
  Modified: { cls: 'bg-purple-100 text-purple-800 ring-purple-600/30 dark:bg-purple-500/15 dark:text-purple-300 dark:ring-purple-400/30', glyph: '≠', label: 'Modified' },
  WaitApplied: { cls: 'bg-blue-100 text-blue-800 ring-blue-600/30 dark:bg-blue-500/15 dark:text-blue-300 dark:ring-blue-400/30', glyph: '◷', label: 'Wait Applied' },
  ErrApplied: { cls: 'bg-red-100 text-red-800 ring-red-600/30 dark:bg-red-500/15 dark:text-red-300 dark:ring-red-400/30', glyph: '✕', label: 'Error Applied' },
  GitUpdating: { cls: 'bg-cyan-100 text-cyan-800 ring-cyan-600/30 dark:bg-cyan-500/15 dark:text-cyan-300 dark:ring-cyan-400/30', glyph: '⇣', label: 'Git Updating' },
  Paused: { cls: 'bg-zinc-100 text-zinc-700 ring-zinc-500/30 dark:bg-zinc-500/20 dark:text-zinc-300 dark:ring-zinc-400/30', glyph: '❚❚', label: 'Paused' },
};

export function stateLabel(s: BadgeState): string {
  return STYLES[s].label;
}

/** The state's glyph, for drawings that carry the state beside a colour. */
export function stateGlyph(s: BadgeState): string {
  return STYLES[s].glyph;
}

export function StateBadge({ state, title }: { state: BadgeState; title?: string }) {
  const s = STYLES[state];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.cls}`}
      title={title}
      data-state={state}
    >
      <span aria-hidden="true" className="text-[0.7rem] leading-none">
        {s.glyph}
      </span>
      {s.label}
    </span>
  );
}
