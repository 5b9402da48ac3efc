'use client';
// Troubleshooting: what the detectors found in this workspace (or all), worst first, each explained with its fix,
// plus what each detector looks for, so "nothing found" is meaningful. Detectors scan whole workspaces, so this
// refreshes every 30 s and after a fix rather than on every live event.
import type { FindingOut } from '@/lib/fleet/troubleshooting/schema';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { FindingCard } from './finding-card';
import { useFindings } from './use-findings';
import { FixResults } from './fix-results';
import { InWorkspace, PageHeader } from '@/components/ui/page-header';

const CHECKS: { id: string; what: string }[] = [
  { id: 'agent-bundle-modified', what: 'The fleet-agent bundle stuck in Modified after a backup restore (fix: force sync).' },
  { id: 'agents-not-reporting', what: 'Clusters whose agent stopped reporting, e.g. Fleet inoperable after a restore (fix: force-update agents).' },
  { id: 'agent-redeploy-pending', what: 'Agent redeploys that were requested but never happened.' },
  { id: 'missing-secret', what: 'GitRepos whose clientSecretName / helmSecretName Secret is missing (fix: recreate it).' },
  { id: 'helm-dependencies-missing', what: 'Helm charts whose dependencies are not committed under charts/ (steps).' },
  { id: 'proxy-env-missing', what: 'Clusters without HTTP_PROXY / HTTPS_PROXY / NO_PROXY while most of their group has them.' },
  { id: 'windows-scheduling', what: 'Bundles on Windows clusters without Windows tolerations or node selectors.' },
];

/** Many findings of one detector (e.g. a dozen bundles on Windows clusters) collapse after the first two. */
function grouped(findings: FindingOut[]): { shown: FindingOut[]; rest: FindingOut[] }[] {
  const out: { shown: FindingOut[]; rest: FindingOut[] }[] = [];
  const byDetector = new Map<string, { shown: FindingOut[]; rest: FindingOut[] }>();
  for (const f of findings) {
    const key = `${f.detector}:${f.severity}`;
    let g = byDetector.get(key);
    if (!g) {
      byDetector.set(key, (g = { shown: [], rest: [] }));
      out.push(g);
    }
    g.shown.push(f);
  }
  for (const g of out) if (g.shown.length > 3) g.rest = g.shown.splice(2);
  return out;
}

export function TroubleshootingView({ workspace }: { workspace: string }) {
  const q = useFindings(workspace);
  const found = new Map<string, number>();
  for (const f of q.data?.findings ?? []) found.set(f.detector, (found.get(f.detector) ?? 0) + 1);
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Troubleshooting"
        scope={
          <>
            <InWorkspace workspace={workspace} />
            {q.data && ` · ${q.data.findings.length} finding${q.data.findings.length === 1 ? '' : 's'}`}
          </>
        }
        fetching={q.isFetching && !q.isLoading}
        fetchingLabel="checking…"
      />
      {q.data?.secretsChecked === 'none' && (
        <p className="rounded-md border border-border bg-surface-2 p-3 text-sm" data-testid="secrets-unchecked">
          You may neither read nor create Secrets here, so whether referenced Secrets exist is judged from Fleet&apos;s own error messages only.
        </p>
      )}
      {q.data && q.data.forbidden.length > 0 && <p className="text-sm text-muted">Not checked (you may not list them): {q.data.forbidden.join(', ')}.</p>}
      <FixResults>
        {q.isError ? (
          <ErrorPanel error={q.error} what="the troubleshooting findings" workspace={workspace} onRetry={() => q.refetch()} />
        ) : q.isLoading || !q.data ? (
          <LoadingRows label="Loading findings…" rows={4} />
        ) : q.data.findings.length === 0 ? (
          <EmptyPanel testId="no-findings" title="No problems found">
            None of the checks below matched anything.
          </EmptyPanel>
        ) : (
          <div className="space-y-3" data-testid="findings">
            {grouped(q.data.findings).map((g) =>
              g.rest.length === 0 ? (
                g.shown.map((f) => <FindingCard key={f.id} f={f} />)
              ) : (
                <div key={g.shown[0]!.detector} className="space-y-3">
                  {g.shown.map((f) => (
                    <FindingCard key={f.id} f={f} />
                  ))}
                  <details className="rounded-lg border border-dashed border-border p-3">
                    <summary className="cursor-pointer text-sm text-accent">
                      {g.rest.length} more like this ({g.rest[0]!.title.replace(/^\S+ \S+: /, '')})
                    </summary>
                    <div className="mt-3 space-y-3">
                      {g.rest.map((f) => (
                        <FindingCard key={f.id} f={f} />
                      ))}
                    </div>
                  </details>
                </div>
              ),
            )}
          </div>
        )}
      </FixResults>
      <details className="rounded-lg border border-border bg-surface p-4 text-sm">
        <summary className="cursor-pointer font-medium">What is checked</summary>
        <ul className="mt-2 space-y-1">
          {CHECKS.map((c) => (
            <li key={c.id} className="flex gap-2">
              <span className={`w-6 text-right tabular-nums ${found.get(c.id) ? 'font-semibold text-danger' : 'text-muted'}`}>{found.get(c.id) ?? 0}</span>
              <span>{c.what}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
