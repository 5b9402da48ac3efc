'use client';
// One GitRepo: what it points at, where it deploys (in words), what Fleet says about it (errors in
// full, conditions), the Bundles it produced, per-cluster state and the resources it deployed.
// Actions act as the signed-in person; a refusal is shown in their words, never swallowed.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { GitRepoSchema, type GitRepo } from '@/lib/fleet/kinds/gitrepo';
import type { GitRepoDetail as Detail } from '@/lib/fleet/rows/gitrepo-detail';
import { describeTargets } from '@/lib/fleet/targets';
import type { BundleState } from '@/lib/fleet/state';
import { gitRepoState } from '@/lib/fleet/object-state';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { StateBadge } from '@/components/state-badge';
import { Button, buttonClass } from '@/components/ui/button';
import { downloadText } from '@/components/download-text';
import { fetchGitRepoDetail, fetchPermissions, objectYaml } from './gitrepo-api';
import { DeleteGitRepoDialog, ForceUpdateDialog } from './gitrepo-dialogs';
import { OP_WORDS, useGitRepoOps, type GitRepoOp } from './use-gitrepo-actions';
import { ResourcesTable } from './resources-table';
import { useLiveKinds } from '@/components/live/live-updates';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { pageUrl } from '@/lib/http/urls';

/** Clusters are sorted worst first; a GitRepo on thousands of clusters shows them a page at a time. */
const CLUSTER_PAGE = 50;

const LIVE_KINDS = ['gitrepos'] as const;

export function GitRepoDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE_KINDS, workspace);
  const q = useQuery({
    queryKey: queryKeys.detail('gitrepos', workspace, name),
    queryFn: () => fetchGitRepoDetail(workspace, name),
    placeholderData: keepPreviousData,
  });
  if (q.isError) {
    const status = q.error instanceof ApiFetchError ? q.error.status : 0;
    return (
      <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4" data-testid="detail-error">
        <p className="font-semibold">{status === 404 ? `GitRepo ${name} does not exist in ${workspace}` : `GitRepo ${name} could not be loaded`}</p>
        <p className="mt-1 text-sm">{q.error.message}</p>
        <Link href={pageUrl.gitrepos(workspace)} className="mt-2 inline-block text-sm text-accent underline">
          Back to Git Repos
        </Link>
      </div>
    );
  }
  if (!q.data) {
    return (
      <div aria-busy="true" className="space-y-3">
        <span className="sr-only">Loading GitRepo {name}…</span>
        <div className="h-8 w-64 animate-pulse rounded bg-surface-2" />
        <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
      </div>
    );
  }
  const parsed = GitRepoSchema.safeParse(q.data.object);
  if (!parsed.success) return <p role="alert">GitRepo {name} has a shape this dashboard does not understand.</p>;
  return <Loaded workspace={workspace} detail={q.data} g={parsed.data} fetching={q.isFetching} />;
}

function Loaded({ workspace, detail, g, fetching }: { workspace: string; detail: Detail; g: GitRepo; fetching: boolean }) {
  const router = useRouter();
  const qc = useQueryClient();
  const run = useGitRepoOps();
  const name = g.metadata.name;
  const [ask, setAsk] = useState<'delete' | 'forceUpdate' | undefined>();
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState<GitRepoOp | undefined>();
  const [clusterLimit, setClusterLimit] = useState(CLUSTER_PAGE);
  const perms = useQuery({ queryKey: queryKeys.permissions('gitrepos', workspace), queryFn: () => fetchPermissions(workspace), staleTime: 30_000 });
  const readOnly = perms.data && !perms.data.patch && !perms.data.update && !perms.data.delete;

  const act = async (op: GitRepoOp): Promise<void> => {
    setBusy(op);
    setResult(undefined);
    try {
      const [r] = await run(op, [{ namespace: workspace, name, uid: g.metadata.uid, generation: g.metadata.generation }], () => undefined);
      if (r?.status === 'error') {
        setResult({ ok: false, text: r.message ?? `${OP_WORDS[op].label} failed.` });
        if (op === 'delete' || op === 'forceUpdate') throw new Error(r.message);
        return;
      }
      if (op === 'delete') {
        qc.removeQueries({ queryKey: queryKeys.detail('gitrepos', workspace, name) });
        router.push(pageUrl.gitrepos(workspace));
        return;
      }
      setResult({ ok: true, text: r?.message ?? 'Done' });
    } finally {
      setBusy(undefined);
    }
  };

  const paused = g.spec.paused === true;
  const state = gitRepoState(g);
  const yaml = objectYaml(detail.object);
  const base = pageUrl.gitrepo(workspace, name);

  return (
    <article className="space-y-5" aria-labelledby="page-title" data-testid="gitrepo-detail">
      <Breadcrumb href={pageUrl.gitrepos(workspace)} parent="Git Repos" current={workspace} />
      <header className="flex flex-wrap items-center gap-3">
        <h1 id="page-title" className="break-all text-xl font-semibold">
          {name}
        </h1>
        <StateBadge state={state.state} title={state.message} />
        {paused && <StateBadge state="Paused" title="Paused: Git changes are not rolled out" />}
        {fetching && <span className="text-xs text-muted">updating…</span>}
      </header>

      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="GitRepo actions">
        <Link href={`${base}/edit`} className={buttonClass('primary')} data-testid="action-edit">
          Edit
        </Link>
        <Link href={`${base}/edit?tab=yaml`} className={buttonClass()} data-testid="action-edit-yaml">
          Edit YAML
        </Link>
        <Link href={pageUrl.gitrepoNew(workspace, name)} className={buttonClass()} data-testid="action-clone">
          Clone
        </Link>
        <Button busy={busy === 'pause' || busy === 'unpause'} onClick={() => void act(paused ? 'unpause' : 'pause')} data-testid="action-pause">
          {paused ? 'Unpause' : 'Pause'}
        </Button>
        <Button busy={busy === 'forceUpdate'} onClick={() => setAsk('forceUpdate')} data-testid="action-force-update">
          Force update
        </Button>
        <Button onClick={() => downloadText(`${name}.yaml`, yaml)} data-testid="action-download">
          Download YAML
        </Button>
        <Button variant="danger" onClick={() => setAsk('delete')} data-testid="action-delete">
          Delete
        </Button>
      </div>
      {readOnly && (
        <p className="rounded-md border border-border bg-surface-2 p-2 text-sm" data-testid="read-only-note">
          You can view GitRepos in workspace {workspace} but not change them; actions will be refused by the Kubernetes API server.
        </p>
      )}
      {result && (
        <p
          role={result.ok ? 'status' : 'alert'}
          className={`rounded-md border p-2 text-sm ${result.ok ? 'border-green-600/40 bg-green-500/10' : 'border-danger/40 bg-danger/10'}`}
          data-testid="action-result"
          data-ok={result.ok}
        >
          {result.text}
        </p>
      )}

      <Problems g={g} relatedError={detail.relatedError} />
      <TroubleshootingHints workspace={workspace} kind="GitRepo" name={g.metadata.name} />
      <Summary g={g} />

      <Section title="Bundles" count={detail.bundles.length} testId="bundles-section">
        {detail.bundles.length === 0 ? (
          <Empty>No Bundles yet. Fleet creates them after it has read the repository{g.status?.commit ? '' : ' (no commit has been read so far)'}.</Empty>
        ) : (
          <Table head={['State', 'Bundle', 'Clusters ready', 'Message']}>
            {detail.bundles.map((b) => (
              <tr key={b.name} className="border-t border-border" data-testid="bundle-row" data-name={b.name}>
                <Td>
                  <StateBadge state={b.state} />
                </Td>
                <Td className="font-mono text-xs">
                  <Link href={pageUrl.bundle(workspace, b.name)} className="text-accent hover:underline">
                    {b.name}
                  </Link>
                </Td>
                <Td className="tabular-nums">
                  {b.ready}/{b.desiredReady}
                </Td>
                <Td className="whitespace-pre-wrap break-words text-xs">{b.message ?? ''}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section title="Clusters" count={detail.clusters.length} testId="clusters-section">
        {detail.clusters.length === 0 ? (
          <Empty>No cluster has a deployment of this GitRepo.</Empty>
        ) : (
          <Table head={['State', 'Cluster', 'Bundles ready', 'First problem']}>
            {detail.clusters.slice(0, clusterLimit).map((c) => (
              <tr key={`${c.namespace}/${c.name}`} className="border-t border-border" data-testid="cluster-row" data-name={c.name}>
                <Td>
                  <StateBadge state={c.state} />
                </Td>
                <Td className="font-mono text-xs">
                  <Link href={pageUrl.cluster(c.namespace, c.name)} className="text-accent hover:underline">
                    {c.name}
                  </Link>
                </Td>
                <Td className="tabular-nums">
                  {c.readyBundles}/{c.bundles}
                </Td>
                <Td className="whitespace-pre-wrap break-words text-xs">{c.message ?? ''}</Td>
              </tr>
            ))}
          </Table>
        )}
        {detail.clusters.length > clusterLimit && (
          <button type="button" className="text-sm text-accent underline" onClick={() => setClusterLimit((n) => n + CLUSTER_PAGE)}>
            Show {Math.min(CLUSTER_PAGE, detail.clusters.length - clusterLimit)} more of {detail.clusters.length - clusterLimit} (worst first)
          </button>
        )}
      </Section>

      <Section title="Resources" count={g.status?.resources?.length ?? 0} testId="resources-section">
        <ResourcesTable resources={(g.status?.resources ?? []) as ResourceLike[]} />
      </Section>

      <Section title="Conditions" count={g.status?.conditions?.length ?? 0} testId="conditions-section">
        {(g.status?.conditions ?? []).length === 0 ? (
          <Empty>Fleet has not reported any condition yet.</Empty>
        ) : (
          <Table head={['Type', 'Status', 'Reason', 'Message', 'Updated']}>
            {(g.status?.conditions ?? []).map((c) => (
              <tr key={c.type} className="border-t border-border">
                <Td className="font-medium">{c.type}</Td>
                <Td>
                  <span className={conditionBad(c.type, c.status) ? 'font-semibold text-danger' : ''}>{c.status}</span>
                </Td>
                <Td className="text-xs">{c.reason ?? ''}</Td>
                <Td className="whitespace-pre-wrap break-words text-xs">{c.message ?? ''}</Td>
                <Td className="text-xs">
                  <RelativeTime iso={c.lastUpdateTime ?? c.lastTransitionTime ?? undefined} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      {ask === 'delete' && (
        <DeleteGitRepoDialog names={[name]} keepResources={g.spec.keepResources === true} onClose={() => setAsk(undefined)} onConfirm={() => act('delete')} />
      )}
      {ask === 'forceUpdate' && <ForceUpdateDialog names={[name]} onClose={() => setAsk(undefined)} onConfirm={() => act('forceUpdate')} />}
    </article>
  );
}

export type ResourceLike = {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  state?: string;
  message?: string;
  error?: boolean;
  perClusterState?: Record<string, string[] | undefined>;
};

// kstatus conditions: Stalled=True is a failure; Reconciling says work is in progress either way.
// Every other GitRepo condition (Ready, Accepted, GitPolling, …) is bad when False.
const conditionBad = (type: string, status: string) => (type === 'Stalled' ? status === 'True' : type === 'Reconciling' ? false : status === 'False');

function Problems({ g, relatedError }: { g: GitRepo; relatedError?: string }) {
  const items: { title: string; text: string }[] = [];
  const d = g.status?.display;
  if (d?.message) items.push({ title: d.error ? 'Error' : 'Status', text: d.message });
  for (const c of g.status?.conditions ?? []) {
    if (conditionBad(c.type, c.status) && c.message && c.message !== d?.message) items.push({ title: `${c.type} condition`, text: c.message });
  }
  const gen = g.metadata.generation;
  const observed = g.status?.observedGeneration;
  const pending = gen !== undefined && (observed === undefined || observed < gen);
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

function Summary({ g }: { g: GitRepo }) {
  const s = g.spec;
  const st = g.status;
  const flags = [
    s.paused && 'Paused',
    s.keepResources && 'Keep resources on delete',
    s.deleteNamespace && 'Delete namespace on delete',
    s.correctDrift?.enabled && `Correct drift${s.correctDrift.force ? ' (force)' : ''}${s.correctDrift.keepFailHistory ? ' (keep fail history)' : ''}`,
    s.insecureSkipTLSVerify && 'Skip TLS verification',
    s.caBundle && 'Custom CA bundle',
  ].filter(Boolean) as string[];
  const rows: [string, ReactNode][] = [
    ['Repository', <Mono key="r" copy={s.repo}>{s.repo}</Mono>],
    ['Branch / revision', s.revision ? <span key="b">revision <Mono>{s.revision}</Mono></span> : s.branch ? <Mono key="b">{s.branch}</Mono> : <span key="b" className="text-muted">default branch</span>],
    ['Commit', st?.commit ? <Mono key="c" copy={st.commit}>{st.commit}</Mono> : <span key="c" className="text-muted">not read yet</span>],
    [
      'Paths',
      s.paths?.length ? (
        <ul key="p" className="flex flex-wrap gap-x-3 gap-y-1">
          {s.paths.map((p) => (
            <li key={p}>
              <Mono>{p}</Mono>
            </li>
          ))}
        </ul>
      ) : (
        <span key="p" className="text-muted">whole repository</span>
      ),
    ],
    [
      'Targets',
      <ul key="t" className="list-inside list-disc" data-testid="targets-words">
        {describeTargets(s.targets).map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>,
    ],
    ['Clusters ready', `${st?.readyClusters ?? 0} of ${st?.desiredReadyClusters ?? 0}`],
    ['Target namespace', s.targetNamespace ? <Mono key="n">{s.targetNamespace}</Mono> : <span key="n" className="text-muted">as in the manifests</span>],
    ['Service account', s.serviceAccount ? <Mono key="sa">{s.serviceAccount}</Mono> : <span key="sa" className="text-muted">agent default</span>],
    [
      'Polling',
      s.disablePolling
        ? `Disabled${s.webhookSecret ? ' (webhook)' : ''}`
        : `Every ${s.pollingInterval || '15s (default)'}${s.webhookSecret ? ', plus webhook' : ''}`,
    ],
    ['Credentials', s.clientSecretName ? <span key="cr">Secret <Mono>{s.clientSecretName}</Mono></span> : <span key="cr" className="text-muted">none</span>],
    ...(s.helmSecretName || s.helmSecretNameForPaths
      ? ([['Helm credentials', <span key="h">{[s.helmSecretName, s.helmSecretNameForPaths].filter(Boolean).join(', ')}{s.helmRepoURLRegex ? ` for ${s.helmRepoURLRegex}` : ''}</span>]] as [string, ReactNode][])
      : []),
    ['Flags', flags.length ? flags.join(' · ') : <span key="f" className="text-muted">none</span>],
    ['Generation', `${g.metadata.generation ?? '?'} (observed ${st?.observedGeneration ?? '—'}; forceSyncGeneration ${s.forceSyncGeneration ?? 0})`],
    ['Created', <RelativeTime key="ct" iso={g.metadata.creationTimestamp ?? undefined} />],
  ];
  return (
    <section aria-labelledby="summary-h" className="rounded-lg border border-border bg-surface p-4" data-testid="summary">
      <h2 id="summary-h" className="mb-3 text-base font-semibold">
        Summary
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents" data-testid={`summary-${k.toLowerCase().replace(/[^a-z]+/g, '-')}`}>
            <dt className="text-muted">{k}</dt>
            <dd className="min-w-0 break-words">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Mono({ children, copy }: { children: ReactNode; copy?: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <code className="break-all font-mono text-xs">{children}</code>
      {copy && <CopyButton value={copy} label={copy} />}
    </span>
  );
}

function Section({ title, count, children, testId }: { title: string; count: number; children: ReactNode; testId: string }) {
  const id = `h-${testId}`;
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={testId}>
      <h2 id={id} className="text-base font-semibold">
        {title} <span className="text-sm font-normal text-muted">({count})</span>
      </h2>
      {children}
    </section>
  );
}

export function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[40rem] text-sm">
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border bg-surface p-4 text-sm text-muted">{children}</p>;
}

export type { BundleState };
