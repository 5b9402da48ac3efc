// Where a cluster or BundleDeployment stands with Fleet's deployment windows (Schedules): a small tag, shown only
// when a Schedule targets it.
import Link from 'next/link';
import { pageUrl } from '@/lib/http/urls';

export function WindowBadge({ state, workspace }: { state: 'unscheduled' | 'in-window' | 'waiting' | undefined; workspace?: string }) {
  if (!state || state === 'unscheduled') return null;
  const waiting = state === 'waiting';
  const cls = `inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${
    waiting ? 'border-amber-500/50 bg-amber-500/10 text-amber-800 dark:text-amber-200' : 'border-sky-500/50 bg-sky-500/10 text-sky-800 dark:text-sky-200'
  }`;
  const text = waiting ? 'Waiting for its deployment window' : 'Deployment window open';
  const title = waiting
    ? 'A Schedule targets this and no window is open: Fleet holds changes back until the next window opens.'
    : 'A Schedule targets this and one of its windows is open: changes are deployed.';
  const badge = (
    <span className={cls} title={title} data-testid="window-badge" data-window={state}>
      {text}
    </span>
  );
  return workspace ? <Link href={pageUrl.schedules(workspace)}>{badge}</Link> : badge;
}
