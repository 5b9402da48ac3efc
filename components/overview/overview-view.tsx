'use client';
// The overview of a workspace (or all): state charts per kind, agent health, worst offenders, recent changes and
// open troubleshooting findings. One query per kind, keyed as that kind's counts, so a live change of clusters
// refetches only the clusters part.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { OverviewSchema, type Overview, type OverviewPart } from '@/lib/fleet/rows/overview-schema';
import { BUNDLE_STATES_WORST_FIRST } from '@/lib/fleet/state';
import type { ObjectState } from '@/lib/fleet/object-state';
import { applicationTotals } from '@/lib/fleet/rows/application-row';
import { apiFetch, ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { useLiveKinds } from '@/components/live/live-updates';
import { StateBar } from '@/components/charts/state-bar';
import { STATE_FILL } from '@/components/charts/state-colours';
import { StateBadge, stateLabel } from '@/components/state-badge';
import { RelativeTime } from '@/components/relative-time';
import { useFindings } from '@/components/troubleshooting/use-findings';
import { apiUrl, pageUrl } from '@/lib/http/urls';
import { InWorkspace, PageHeader } from '@/components/ui/page-header';
import { inWorkspace } from '@/components/ui/panels';

const LIVE = ['gitrepos', 'clusters', 'bundles', 'bundledeployments', 'helmops'] as const;

function usePart(workspace: string, part: OverviewPart) {
  return useQuery({
    queryKey: queryKeys.counts(part, workspace),
    queryFn: () => apiFetch(apiUrl.overview(workspace, part), { schema: OverviewSchema }),
  });
}

/** A panel of the overview; `what` (lower case, inside a sentence) names what a failed load could not show. */
function Card({ title, href, children, testId, state, what, workspace }: { title: string; href?: string; children: React.ReactNode; testId: string; state?: { isLoading: boolean; error: Error | null }; what?: string; workspace?: string }) {
  const err = state?.error;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4" data-testid={testId} aria-label={title}>
      <h2 className="flex items-baseline justify-between gap-2 font-semibold">
        {title}
        {href && (
          <Link href={href} className="text-xs font-normal text-accent hover:underline">
            View all
          </Link>
        )}
      </h2>
      {err ? (
        <p className="text-sm text-danger" role="alert">
          {err instanceof ApiFetchError && err.status === 403 ? `You are not allowed to see ${what ?? 'this'}${inWorkspace(workspace)}.` : err.message}
        </p>
      ) : state?.isLoading ? (
        <div aria-busy="true" className="h-16 animate-pulse rounded bg-surface-2" />
      ) : (
        children
      )}
    </section>
  );
}

const Big = ({ n, testId }: { n: number; testId?: string }) => (
  <span className="text-3xl font-semibold tabular-nums" data-testid={testId}>
    {n}
  </span>
);

export function OverviewView({ workspace }: { workspace: string }) {
  useLiveKinds(LIVE, workspace);
  const g = usePart(workspace, 'gitrepos');
  const c = usePart(workspace, 'clusters');
  const b = usePart(workspace, 'bundles');
  const d = usePart(workspace, 'bundledeployments');
  const h = usePart(workspace, 'helmops');
  // Both kinds answered (or failed, e.g. not allowed): a total that grows as the second part arrives would mislead.
  const apps = g.isLoading || h.isLoading ? undefined : applicationTotals(g.data?.gitrepos, h.data?.helmops);
  const trouble = useFindings(workspace, undefined, { refetchInterval: 30_000 });
  const all = workspace === '_all';
  const list = (kind: 'gitrepos' | 'clusters' | 'bundles') => (s: ObjectState) => pageUrl.section(workspace, kind, { state: s });
  const recent = [g.data, c.data, b.data].flatMap((o: Overview | undefined) => o?.recent ?? []).sort((x, y) => Date.parse(y.at) - Date.parse(x.at)).slice(0, 12);
  const errors = trouble.data?.findings.filter((f) => f.severity === 'error') ?? [];
  const warnings = trouble.data?.findings.filter((f) => f.severity === 'warning') ?? [];

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Overview" scope={<InWorkspace workspace={workspace} word="of" />} />

      {trouble.data && (errors.length > 0 || warnings.length > 0) && (
        <Link
          href={pageUrl.troubleshooting(workspace)}
          className="flex flex-wrap items-center gap-2 rounded-lg border border-red-500/40 bg-red-50/60 px-4 py-3 text-sm hover:bg-red-50 dark:bg-red-500/5"
          data-testid="overview-trouble"
        >
          <span className="font-semibold text-danger">
            {errors.length} problem{errors.length === 1 ? '' : 's'}
          </span>
          <span className="text-muted">and {warnings.length} warning{warnings.length === 1 ? '' : 's'} detected:</span>
          <span className="truncate">{errors.slice(0, 3).map((f) => f.title).join(' · ')}</span>
          <span className="ml-auto text-accent">Troubleshoot →</span>
        </Link>
      )}

      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        <div className="md:col-span-2 xl:col-span-4">
          <Card title="Applications" href={pageUrl.applications(workspace)} testId="card-applications" state={apps ? undefined : { isLoading: g.isLoading || h.isLoading, error: g.error && h.error ? g.error : null }} what="GitRepos" workspace={workspace}>
            {apps && (
              <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
                <div className="flex items-baseline gap-2">
                  <Big n={apps.total} testId="applications-total" />
                  <span className="text-sm text-muted" data-testid="applications-kinds">
                    {g.data?.gitrepos ? `${g.data.gitrepos.total} GitRepos` : 'GitRepos not allowed'} ·{' '}
                    {h.data?.helmops ? `${h.data.helmops.total} HelmOps` : 'HelmOps not allowed'} · {apps.pinned} pinned · {apps.paused} paused
                  </span>
                </div>
                <div className="min-w-[16rem] flex-1">
                  <StateBar counts={apps.byState} total={apps.total} hrefFor={(s) => pageUrl.applications(workspace, { state: s })} label="Applications by state" testId="applications-states" />
                </div>
              </div>
            )}
          </Card>
        </div>
        <Card title="Git Repos" href={pageUrl.gitrepos(workspace)} testId="card-gitrepos" state={g} what="GitRepos" workspace={workspace}>
          {g.data?.gitrepos && (
            <>
              <div className="flex items-baseline gap-2">
                <Big n={g.data.gitrepos.total} testId="gitrepos-total" />
                <span className="text-sm text-muted">
                  {g.data.gitrepos.gitUpdating > 0 && `${g.data.gitrepos.gitUpdating} updating from Git · `}
                  {g.data.gitrepos.paused} paused
                </span>
              </div>
              <StateBar counts={g.data.gitrepos.byState} total={g.data.gitrepos.total} hrefFor={list('gitrepos')} label="Git Repos by state" testId="gitrepos-states" />
            </>
          )}
        </Card>
        <Card title="Clusters" href={pageUrl.clusters(workspace)} testId="card-clusters" state={c} what="clusters" workspace={workspace}>
          {c.data?.clusters && (
            <>
              <div className="flex items-baseline gap-2">
                <Big n={c.data.clusters.total} testId="clusters-total" />
                <span className="text-sm text-muted">clusters</span>
              </div>
              <dl className="grid grid-cols-3 gap-2 text-center text-sm">
                <div className="rounded-md bg-green-50 p-2 dark:bg-green-500/10">
                  <dt className="text-xs text-muted">Ready</dt>
                  <dd className="font-semibold tabular-nums" data-testid="clusters-ready">{c.data.clusters.ready}</dd>
                </div>
                <div className="rounded-md bg-orange-50 p-2 dark:bg-orange-500/10">
                  <dt className="text-xs text-muted">Not ready</dt>
                  <dd className="font-semibold tabular-nums" data-testid="clusters-notready">{c.data.clusters.notReady}</dd>
                </div>
                <div className="rounded-md bg-slate-100 p-2 dark:bg-slate-500/15" title="Agent silent for over 30 minutes, or never checked in">
                  <dt className="text-xs text-muted">Offline agent</dt>
                  <dd className="font-semibold tabular-nums" data-testid="clusters-offline">{c.data.clusters.stale + c.data.clusters.neverSeen}</dd>
                </div>
              </dl>
              <StateBar counts={c.data.clusters.byState} total={c.data.clusters.total} hrefFor={list('clusters')} label="Clusters by bundle state" testId="clusters-states" />
            </>
          )}
        </Card>
        <Card title="Bundles" href={pageUrl.bundles(workspace)} testId="card-bundles" state={b} what="bundles" workspace={workspace}>
          {b.data?.bundles && (
            <>
              <Big n={b.data.bundles.total} testId="bundles-total" />
              <StateBar counts={b.data.bundles.byState} total={b.data.bundles.total} hrefFor={list('bundles')} label="Bundles by state" testId="bundles-states" />
            </>
          )}
        </Card>
        <Card title="Deployments (BundleDeployments)" testId="card-bds" state={d} what="BundleDeployments" workspace={workspace}>
          {d.data?.bundledeployments && (
            <>
              <Big n={d.data.bundledeployments.total} testId="bds-total" />
              <StateBar counts={d.data.bundledeployments.byState} total={d.data.bundledeployments.total} label="BundleDeployments by state" legend={false} />
              <ul className="mt-2 grid grid-cols-2 gap-x-3 gap-y-0.5 text-xs" data-testid="bds-states">
                {BUNDLE_STATES_WORST_FIRST.map((s) => (
                  <li key={s} className="flex items-center justify-between gap-2">
                    <span className="inline-flex items-center gap-1">
                      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-sm ${STATE_FILL[s]}`} />
                      {stateLabel(s)}
                    </span>
                    <span className="font-semibold tabular-nums" data-testid={`bds-${s}`}>
                      {d.data!.bundledeployments!.byState[s]}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Git Repos with most failing clusters" testId="worst-gitrepos" state={g} what="GitRepos" workspace={workspace}>
          <Offenders
            rows={(g.data?.worstGitRepos ?? []).filter((r) => r.failing > 0 || r.state !== 'Ready')}
            href={(r) => pageUrl.gitrepo(r.namespace, r.name)}
            unit="clusters"
            all={all}
            note={(r) => ('message' in r ? (r.message as string | undefined) : undefined)}
          />
        </Card>
        <Card title="Clusters with most failing bundles" testId="worst-clusters" state={c} what="clusters" workspace={workspace}>
          <Offenders
            rows={(c.data?.worstClusters ?? []).filter((r) => r.failing > 0 || r.state !== 'Ready')}
            href={(r) => pageUrl.cluster(r.namespace, r.name)}
            unit="bundles"
            all={all}
            note={(r) => ('lastSeen' in r && r.lastSeen ? `agent last seen ${new Date(r.lastSeen as string).toLocaleString()}` : undefined)}
          />
        </Card>
      </div>

      <Card title="Recent changes" testId="recent" state={{ isLoading: g.isLoading && c.isLoading && b.isLoading, error: null }}>
        {recent.length === 0 ? (
          <p className="text-sm text-muted">Nothing changed recently.</p>
        ) : (
          <ul className="divide-y divide-border text-sm">
            {recent.map((r) => (
              <li key={`${r.kind}/${r.namespace}/${r.name}/${r.at}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
                <span className="w-16 shrink-0 text-xs text-muted">{r.kind}</span>
                <Link href={pageUrl.detail(r.kind, r.namespace, r.name)} className="font-mono text-accent hover:underline">
                  {all ? `${r.namespace}/` : ''}
                  {r.name}
                </Link>
                <StateBadge state={r.state} />
                <span className="min-w-0 flex-1 truncate text-xs text-muted" title={r.what}>
                  {r.what}
                </span>
                <span className="text-xs text-muted">
                  <RelativeTime iso={r.at} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}

type OffenderRow = { namespace: string; name: string; state: ObjectState; failing: number; total: number };

function Offenders<R extends OffenderRow>({ rows, href, unit, all, note }: { rows: R[]; href: (r: R) => string; unit: string; all: boolean; note: (r: R) => string | undefined }) {
  if (rows.length === 0) return <p className="text-sm text-muted">Everything is ready.</p>;
  return (
    <ol className="divide-y divide-border text-sm">
      {rows.map((r) => (
        <li key={`${r.namespace}/${r.name}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5" data-testid="offender">
          <StateBadge state={r.state} />
          <div className="min-w-0 flex-1 basis-48">
            <Link href={href(r)} className="break-words font-mono text-accent hover:underline">
              {all && (
                <>
                  {r.namespace}/<wbr />
                </>
              )}
              {r.name}
            </Link>
            {note(r) && <p className="truncate text-xs text-muted" title={note(r)}>{note(r)}</p>}
          </div>
          <span className="ml-auto whitespace-nowrap tabular-nums">
            <span className="font-semibold text-danger">{r.failing}</span>
            <span className="text-muted">
              /{r.total} {unit} failing
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

