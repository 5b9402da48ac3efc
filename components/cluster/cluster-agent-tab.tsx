// How Fleet runs the agent on a cluster: namespace, TLS mode, API server URL, host network, registry, environment
// variables (incl. proxy settings), tolerations, affinity and resources (spec of the Cluster, read from Fleet).
import type { ClusterDetail } from '@/lib/fleet/rows/cluster-row';
import { SummaryList } from '@/components/detail/summary-list';

function Json({ value }: { value: unknown }) {
  if (value === undefined || value === null) return <span className="text-sm text-muted">Fleet default</span>;
  return <pre className="max-h-72 overflow-auto rounded bg-surface-2 p-2 font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

export function ClusterAgentTab({ d }: { d: ClusterDetail }) {
  const a = d.agent;
  return (
    <div className="space-y-4" data-testid="agent-settings">
      <SummaryList
        variant="tiles"
        columns={3}
        items={[
          { label: 'Agent namespace (downstream)', value: a.namespace ?? a.agentNamespace ?? <span className="text-muted">cattle-fleet-system (default)</span> },
          { label: 'TLS mode', value: a.tlsMode ?? '—' },
          { label: 'API server URL the agent uses', value: a.apiServerURL ? <span className="font-mono text-xs">{a.apiServerURL}</span> : '—' },
          { label: 'Host network', value: a.hostNetwork === undefined ? 'default' : String(a.hostNetwork) },
          { label: 'Private registry', value: a.privateRepoURL ?? '—' },
        ]}
      />
      <div>
        <h2 className="mb-2 text-sm font-semibold">Environment variables (agentEnvVars)</h2>
        {a.envVars.length === 0 ? (
          <p className="text-sm text-muted">None. Set HTTP_PROXY / HTTPS_PROXY / NO_PROXY with “Agent proxy”.</p>
        ) : (
          <dl className="divide-y divide-border rounded-lg border border-border bg-surface text-sm" data-testid="agent-env">
            {a.envVars.map((e) => (
              <div key={e.name} className="grid grid-cols-1 gap-1 px-3 py-1.5 sm:grid-cols-[minmax(10rem,1fr)_3fr]">
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
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
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
