// A Schedule's state in one badge: a window is open, waiting for the next one, refused by Fleet, or not processed.
import type { ScheduleRow } from '@/lib/fleet/rows/schedule-row';

const STYLE = {
  active: 'border-sky-500/50 bg-sky-500/10 text-sky-800 dark:text-sky-200',
  waiting: 'border-border bg-surface-2 text-fg',
  error: 'border-danger/50 bg-danger/10 text-danger',
  'not-reconciled': 'border-amber-500/50 bg-amber-500/10 text-amber-800 dark:text-amber-200',
} as const;

export function scheduleStatus(r: Pick<ScheduleRow, 'health' | 'active'>): keyof typeof STYLE {
  if (r.health !== 'ok') return r.health;
  return r.active ? 'active' : 'waiting';
}

const WORDS = { active: 'Window open', waiting: 'Between windows', error: 'Refused by Fleet', 'not-reconciled': 'Not processed' } as const;

export function ScheduleHealth({ row }: { row: Pick<ScheduleRow, 'health' | 'active' | 'message'> }) {
  const s = scheduleStatus(row);
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[s]}`} title={row.message} data-testid="schedule-status" data-status={s}>
      {WORDS[s]}
    </span>
  );
}
