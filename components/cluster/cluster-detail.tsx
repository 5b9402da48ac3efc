'use client';
// One cluster: state and why, agent contact and settings (env vars incl. proxy, tolerations, affinity,
// resources), every BundleDeployment on it with its state and message, labels and annotations, and
// the actions (force agent update, pause/unpause, labels, proxy, move, delete) as the signed-in person.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { proxyOf, type ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { queryKeys } from '@/lib/http/query-keys';
import { CopyButton } from '@/components/copy-button';
import { useLiveKinds } from '@/components/live/live-updates';
import { TroubleshootingHints } from '@/components/troubleshooting/hints';
import { RelativeTime } from '@/components/relative-time';
import { LabelChips } from '@/components/selector/label-chips';
import { StateBadge } from '@/components/state-badge';
import { Button } from '@/components/ui/button';
import { Tabs } from '@/components/ui/tabs';
import { useWorkspaceNames } from '@/components/workspace/use-workspaces';
import { AgentCell } from './agent-cell';
import { fetchClusterDetail, putLabels } from './cluster-api';
import { DeleteClustersDialog, EditLabelsDialog, ForceUpdateDialog, MoveDialog, ProxyDialog } from './cluster-dialogs';
import { ErrorPanel, Notice } from '@/components/ui/panels';
import { OP_TITLE, useClusterOps, type ClusterOp } from './use-cluster-ops';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { pageUrl } from '@/lib/http/urls';

const LIVE = ['clusters', 'bundledeployments'] as const;

export function ClusterDetailView({ workspace, name }: { workspace: string; name: string }) {
  useLiveKinds(LIVE, workspace);
  const q = useQuery({
    queryKey: queryKeys.detail('clusters', workspace, name),
    queryFn: () => fetchClusterDetail(workspace, name),
    placeholderData: keepPreviousData,
  });
  if (q.isError) {
    return (
      <div className="space-y-3">
        <ErrorPanel error={q.error} what={`cluster ${name} in ${workspace}`} onRetry={() => void q.refetch()} />
        <Link href={pageUrl.clusters(workspace)} className="text-sm text-accent underline">
          Back to clusters
        </Link>
      </div>
    );
  }
  if (!q.data) {
    return (
      <div aria-busy="true" className="space-y-3">
        <span className="sr-only">Loading cluster {name}…</span>
        <div className="h-8 w-64 animate-pulse rounded bg-surface-2" />
        <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
      </div>
    );
  }
  return <Loaded workspace={workspace} d={q.data} fetching={q.isFetching} />;
}

type Ask = 'forceUpdate' | 'delete' | 'labels' | 'proxy' | 'move';

function Loaded({ workspace, d, fetching }: { workspace: string; d: ClusterDetail; fetching: boolean }) {
  const router = useRouter();
  const qc = useQueryClient();
  const run = useClusterOps();
  const workspaces = useWorkspaceNames();
  const r = d.row;
  const [tab, setTab] = useState('overview');
  const [ask, setAsk] = useState<Ask | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();

  const act = async (o: ClusterOp) => {
    setAsk(undefined);
    setBusy(true);
    setNotice(undefined);
    try {
      const [res] = await run(o, [r], () => undefined);
      if (res?.status === 'error') setNotice({ ok: false, text: `${OP_TITLE[o.op]} failed: ${res.message}` });
      else if (o.op === 'delete') router.push(pageUrl.clusters(workspace));
      else setNotice({ ok: true, text: `${OP_TITLE[o.op]}: ${res?.message ?? 'done'}` });
    } finally {
      setBusy(false);
    }
  };
  const proxy = proxyOf(d.agent.envVars.map((e) => ({ name: e.name, value: e.value })));

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <Breadcrumb href={pageUrl.clusters(workspace)} parent="Clusters" current={r.name} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="page-title" className="font-mono text-xl font-semibold" data-testid="cluster-title">
          {r.name}
        </h1>
        <CopyButton value={r.name} label="Copy cluster name" />
        <StateBadge state={r.state} title={r.message} />
        {r.displayState === 'WaitCheckIn' && <span className="text-sm text-muted" data-testid="wait-check-in">waiting for the agent to check in</span>}
        {r.paused && <StateBadge state="Paused" title="Bundle updates are not rolled out to this cluster" />}
        {r.displayName && <span className="text-sm text-muted">{r.displayName}</span>}
        {fetching && <span className="text-xs text-muted">updating…</span>}
      </div>
      <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Cluster actions">
        <Button disabled={busy} onClick={() => setAsk('forceUpdate')} data-testid="action-force-update">
          Force update agent
        </Button>
        {r.paused ? (
          <Button disabled={busy} onClick={() => void act({ op: 'unpause' })} data-testid="action-unpause">
            Unpause
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => void act({ op: 'pause' })} data-testid="action-pause">
            Pause
          </Button>
        )}
        <Button disabled={busy} onClick={() => setAsk('labels')} data-testid="action-labels">
          Edit labels
        </Button>
        <Button disabled={busy} onClick={() => setAsk('proxy')} data-testid="action-proxy">
          Agent proxy
        </Button>
        <Button disabled={busy} onClick={() => setAsk('move')} data-testid="action-move">
          Move
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => setAsk('delete')} data-testid="action-delete">
          Delete
        </Button>
      </div>
      {notice && (
        <Notice ok={notice.ok} onDismiss={() => setNotice(undefined)}>
          {notice.text}
        </Notice>
      )}
      {r.message && (
        <div className="rounded-lg border border-border bg-surface p-3 text-sm" data-testid="cluster-message">
          <span className="font-medium">Fleet says: </span>
          <span className="break-words">{r.message}</span>
        </div>
      )}
      <TroubleshootingHints workspace={workspace} kind="Cluster" name={r.name} />
      <Summary d={d} />
      <Tabs
        label="Cluster details"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: 'Conditions' },
          { id: 'bundles', label: `Bundle deployments (${d.bundleDeployments.total})` },
          { id: 'labels', label: 'Labels & annotations' },
          { id: 'agent', label: 'Agent settings' },
        ]}
      >
        {tab === 'overview' && <Conditions d={d} />}
        {tab === 'bundles' && <BundleDeployments d={d} workspace={workspace} />}
        {tab === 'labels' && <LabelsTab d={d} />}
        {tab === 'agent' && <AgentTab d={d} />}
      </Tabs>
      {ask === 'forceUpdate' && <ForceUpdateDialog names={[r.name]} onClose={() => setAsk(undefined)} onConfirm={() => act({ op: 'forceUpdate' })} />}
      {ask === 'delete' && <DeleteClustersDialog names={[r.name]} onClose={() => setAsk(undefined)} onConfirm={() => act({ op: 'delete' })} />}
      {ask === 'labels' && (
        <EditLabelsDialog
          name={r.name}
          labels={r.labels}
          reserved={d.reservedLabels}
          onClose={() => setAsk(undefined)}
          onSave={async (labels) => {
            await putLabels(workspace, r.name, { resourceVersion: r.resourceVersion ?? '', labels });
            setNotice({ ok: true, text: 'Labels saved.' });
            await Promise.all((['clusters', 'clustergroups'] as const).map((k) => qc.invalidateQueries({ queryKey: queryKeys.listAll(k) })));
            await qc.invalidateQueries({ queryKey: queryKeys.detail('clusters', workspace, r.name) });
          }}
        />
      )}
      {ask === 'proxy' && (
        <ProxyDialog
          title={`Agent proxy for ${r.name}`}
          initial={proxy}
          onClose={() => setAsk(undefined)}
          onSave={async (v) => {
            const [res] = await run({ op: 'proxy', ...v }, [r], () => undefined);
            if (res?.status === 'error') throw new Error(res.message);
            setNotice({ ok: true, text: 'Proxy settings saved; Fleet redeploys the agent with them.' });
          }}
        />
      )}
      {ask === 'move' && (
        <MoveDialog probe={r} names={[r.name]} from={workspace} workspaces={workspaces} onClose={() => setAsk(undefined)} onMove={(to) => void act({ op: 'move', to })} />
      )}
    </section>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{term}</dt>
      <dd className="mt-0.5 break-words text-sm">{children}</dd>
    </div>
  );
}

function Summary({ d }: { d: ClusterDetail }) {
  const r = d.row;
  return (
    <dl className="grid grid-cols-2 gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="cluster-summary">
      <Item term="Bundles ready">
        <span className="tabular-nums">
          {r.readyBundles}/{r.desiredBundles}
        </span>
      </Item>
      <Item term="Agent last seen">
        <AgentCell row={r} />
      </Item>
      <Item term="Agent generation">
        <span data-testid="redeploy-generation">
          requested {r.redeployAgentGeneration}, deployed {r.agentDeployedGeneration ?? '—'}
        </span>
      </Item>
      <Item term="Kubernetes">{r.k8sVersion ?? <span className="text-muted">unknown</span>}</Item>
      <Item term="OS">{r.windows ? <span className="font-medium text-sky-700 dark:text-sky-300">⊞ Windows</span> : (r.os ?? <span className="text-muted">unknown</span>)}</Item>
      <Item term="Cluster namespace">
        {d.agent.clusterNamespace ? <span className="font-mono text-xs">{d.agent.clusterNamespace}</span> : <span className="text-muted">not assigned yet</span>}
      </Item>
    </dl>
  );
}

function Conditions({ d }: { d: ClusterDetail }) {
  if (!d.conditions.length) return <p className="text-sm text-muted">Fleet has not written any conditions for this cluster yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-sm" data-testid="conditions-table">
        <thead className="border-b border-border bg-surface-2 text-left text-muted">
          <tr>
            <th className="px-3 py-2 font-medium">Type</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">Reason</th>
            <th className="px-3 py-2 font-medium">Message</th>
            <th className="px-3 py-2 font-medium">Updated</th>
          </tr>
        </thead>
        <tbody>
          {d.conditions.map((c) => (
            <tr key={c.type} className="border-b border-border last:border-0 align-top">
              <td className="px-3 py-2 font-medium">{c.type}</td>
              <td className={`px-3 py-2 ${c.status === 'False' ? 'font-semibold text-danger' : ''}`}>{c.status}</td>
              <td className="px-3 py-2">{c.reason ?? '—'}</td>
              <td className="max-w-xl whitespace-pre-wrap break-words px-3 py-2">{c.message ?? '—'}</td>
              <td className="px-3 py-2">
                <RelativeTime iso={c.lastUpdateTime} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BundleDeployments({ d, workspace }: { d: ClusterDetail; workspace: string }) {
  const bds = d.bundleDeployments;
  if (!bds.total) return <p className="text-sm text-muted">Nothing is deployed to this cluster: no GitRepo targets it yet.</p>;
  return (
    <div className="space-y-2">
      {bds.total > bds.items.length && (
        <p className="text-sm text-muted">
          Showing the {bds.items.length} worst of {bds.total} BundleDeployments.
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-border bg-surface">
        <table className="w-full text-sm" data-testid="bd-table">
          <thead className="border-b border-border bg-surface-2 text-left text-muted">
            <tr>
              <th className="px-3 py-2 font-medium">State</th>
              <th className="px-3 py-2 font-medium">Bundle</th>
              <th className="px-3 py-2 font-medium">GitRepo</th>
              <th className="px-3 py-2 font-medium">Message</th>
            </tr>
          </thead>
          <tbody>
            {bds.items.map((b) => (
              <tr key={b.name} className="border-b border-border last:border-0 align-top" data-testid="bd-row">
                <td className="px-3 py-2">
                  <StateBadge state={b.state} />
                </td>
                <td className="px-3 py-2 font-mono text-xs">{b.bundle ?? b.name}</td>
                <td className="px-3 py-2">
                  {b.gitrepo ? (
                    <Link className="text-accent hover:underline" href={pageUrl.gitrepo(workspace, b.gitrepo)}>
                      {b.gitrepo}
                    </Link>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                <td className="max-w-2xl whitespace-pre-wrap break-words px-3 py-2 text-xs">{b.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function KV({ map, empty, testId }: { map: Record<string, string>; empty: string; testId: string }) {
  const e = Object.entries(map).sort(([a], [b]) => a.localeCompare(b));
  if (!e.length) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface text-sm" data-testid={testId}>
      {e.map(([k, v]) => (
        <div key={k} className="grid gap-1 px-3 py-1.5 sm:grid-cols-[minmax(12rem,1fr)_2fr]">
          <dt className="break-all font-mono text-xs text-muted">{k}</dt>
          <dd className="break-all font-mono text-xs">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function LabelsTab({ d }: { d: ClusterDetail }) {
  return (
    <div className="space-y-4">
      <div>
        <h2 className="mb-2 text-sm font-semibold">Labels (used for targeting)</h2>
        <LabelChips labels={d.row.labels} max={100} testId="cluster-labels" />
      </div>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Labels owned by Fleet / Rancher</h2>
        <KV map={d.reservedLabels} empty="None." testId="reserved-labels" />
      </div>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Annotations</h2>
        <KV map={d.annotations} empty="None." testId="annotations" />
      </div>
    </div>
  );
}

function Json({ value }: { value: unknown }) {
  if (value === undefined || value === null) return <span className="text-sm text-muted">Fleet default</span>;
  return <pre className="max-h-72 overflow-auto rounded bg-surface-2 p-2 font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

function AgentTab({ d }: { d: ClusterDetail }) {
  const a = d.agent;
  return (
    <div className="space-y-4" data-testid="agent-settings">
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
        <Item term="Agent namespace (downstream)">{a.namespace ?? a.agentNamespace ?? <span className="text-muted">cattle-fleet-system (default)</span>}</Item>
        <Item term="TLS mode">{a.tlsMode ?? '—'}</Item>
        <Item term="API server URL the agent uses">{a.apiServerURL ? <span className="font-mono text-xs">{a.apiServerURL}</span> : '—'}</Item>
        <Item term="Host network">{a.hostNetwork === undefined ? 'default' : String(a.hostNetwork)}</Item>
        <Item term="Private registry">{a.privateRepoURL ?? '—'}</Item>
      </dl>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Environment variables (agentEnvVars)</h2>
        {a.envVars.length === 0 ? (
          <p className="text-sm text-muted">None. Set HTTP_PROXY / HTTPS_PROXY / NO_PROXY with “Agent proxy”.</p>
        ) : (
          <dl className="divide-y divide-border rounded-lg border border-border bg-surface text-sm" data-testid="agent-env">
            {a.envVars.map((e) => (
              <div key={e.name} className="grid gap-1 px-3 py-1.5 sm:grid-cols-[minmax(10rem,1fr)_3fr]">
                <dt className="font-mono text-xs font-medium">{e.name}</dt>
                <dd className="break-all font-mono text-xs">{e.fromRef ? <span className="text-muted">from a Secret or ConfigMap reference</span> : e.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div>
        <h2 className="mb-2 text-sm font-semibold">Tolerations</h2>
        {a.tolerations.length === 0 ? (
          <p className="text-sm text-muted">None.</p>
        ) : (
          <ul className="space-y-1 font-mono text-xs" data-testid="agent-tolerations">
            {a.tolerations.map((t, i) => (
              <li key={i} className="rounded border border-border bg-surface px-2 py-1">
                {String(t.key ?? '*')} {String(t.operator ?? 'Equal')} {t.value !== undefined ? String(t.value) : ''} {t.effect ? `:${String(t.effect)}` : ''}
                {String(t.value) === 'windows' && <span className="ml-2 rounded bg-sky-100 px-1 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300">Windows</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h2 className="mb-2 text-sm font-semibold">Affinity</h2>
          <Json value={a.affinity} />
        </div>
        <div>
          <h2 className="mb-2 text-sm font-semibold">Resources</h2>
          <Json value={a.resources} />
        </div>
      </div>
    </div>
  );
}
