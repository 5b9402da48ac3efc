// What is wrong with a GitRepo, in Fleet's own words: its display message, every failing condition's message, an
// error reading related objects, and whether Fleet has processed the latest change yet.
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';

// kstatus conditions: Stalled=True is a failure; Reconciling says work is in progress either way.
// Every other GitRepo condition (Ready, Accepted, GitPolling, …) is bad when False.
export const conditionBad = (type: string, status: string) => (type === 'Stalled' ? status === 'True' : type === 'Reconciling' ? false : status === 'False');

/** What the problems box reads: a GitRepo or a HelmOp (both carry Fleet's status display, conditions and generations). */
type ProblemSource = Pick<GitRepo, 'metadata'> & { status?: Pick<NonNullable<GitRepo['status']>, 'display' | 'conditions' | 'observedGeneration'> | null };

export function GitRepoProblems({
  g, relatedError, tracksGeneration = true,
}: {
  g: ProblemSource;
  relatedError?: string;
  /** False for a HelmOp: Fleet v0.16.0's HelmOp status has no observedGeneration, so "not processed yet" cannot be told from it. */
  tracksGeneration?: boolean;
}) {
  const items: { title: string; text: string }[] = [];
  const d = g.status?.display;
  if (d?.message) items.push({ title: d.error ? 'Error' : 'Status', text: d.message });
  for (const c of g.status?.conditions ?? []) {
    if (conditionBad(c.type, c.status) && c.message && c.message !== d?.message) items.push({ title: `${c.type} condition`, text: c.message });
  }
  const gen = g.metadata.generation;
  const observed = g.status?.observedGeneration;
  const pending = tracksGeneration && gen !== undefined && (observed === undefined || observed === null || observed < gen);
  if (items.length === 0 && !relatedError && !pending) return null;
  return (
    <section aria-label="Problems" className="space-y-2">
      {pending && (
        <p className="rounded-md border border-border bg-surface-2 p-2 text-sm" data-testid="pending-note">
          Fleet has not processed the latest change yet (generation {gen}, observed {observed ?? 'none'}).
        </p>
      )}
      {items.map((i, k) => (
        <div key={k} role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-3 text-sm" data-testid="problem">
          <p className="font-semibold">{i.title}</p>
          <pre className="mt-1 whitespace-pre-wrap break-words font-mono text-xs">{i.text}</pre>
        </div>
      ))}
      {relatedError && (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-2 text-sm">
          {relatedError}
        </p>
      )}
    </section>
  );
}
