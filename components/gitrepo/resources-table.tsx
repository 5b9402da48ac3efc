'use client';
// The resources a GitRepo deployed (status.resources): kind, namespace, name, overall state and,
// per state, which clusters report it. Rendered from the GitRepo's own status (no join over
// BundleDeployments); long lists show the first 200 rows until asked for more.
import { useState } from 'react';
import { EmptyPanel } from '@/components/ui/panels';
import { SimpleTable, Td } from '@/components/ui/simple-table';

const PAGE = 200;

/** One entry of a GitRepo's status.resources. */
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


const STATE_TONE: Record<string, string> = {
  ready: 'text-green-700 dark:text-green-400',
  missing: 'text-danger',
  orphaned: 'text-danger',
  modified: 'text-purple-700 dark:text-purple-300',
  notReady: 'text-orange-700 dark:text-orange-300',
  waitApplied: 'text-blue-700 dark:text-blue-300',
};

function clusterName(id: string): string {
  const i = id.indexOf('/');
  return i >= 0 ? id.slice(i + 1) : id;
}

export function ResourcesTable({ resources }: { resources: ResourceLike[] }) {
  const [shown, setShown] = useState(PAGE);
  if (resources.length === 0) return <EmptyPanel compact title="No deployed resources reported yet." />;
  return (
    <div className="space-y-2">
      <SimpleTable head={['Kind', 'Namespace', 'Name', 'State', 'Per cluster']}>
        {resources.slice(0, shown).map((r, i) => (
          <tr key={`${r.apiVersion}/${r.kind}/${r.namespace}/${r.name}/${i}`} className="border-t border-border" data-testid="resource-row">
            <Td className="whitespace-nowrap">{r.kind}</Td>
            <Td className="font-mono text-xs">{r.namespace || <span className="text-muted">cluster-scoped</span>}</Td>
            <Td className="font-mono text-xs">{r.name}</Td>
            <Td className={r.error ? 'font-semibold text-danger' : ''}>
              {r.state ?? 'Unknown'}
              {r.message && <span className="block whitespace-pre-wrap break-words text-xs font-normal text-muted">{r.message}</span>}
            </Td>
            <Td className="text-xs">
              {Object.entries(r.perClusterState ?? {})
                .filter(([, ids]) => ids && ids.length > 0)
                .map(([state, ids]) => (
                  <span key={state} className="mr-3 inline-block">
                    <span className={`font-medium ${STATE_TONE[state] ?? ''}`}>{state}</span>{' '}
                    <span title={(ids ?? []).join(', ')}>
                      {(ids ?? []).length > 3 ? `${(ids ?? []).length} clusters` : (ids ?? []).map(clusterName).join(', ')}
                    </span>
                  </span>
                ))}
            </Td>
          </tr>
        ))}
      </SimpleTable>
      {resources.length > shown && (
        <button type="button" className="text-sm text-accent underline" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, resources.length - shown)} more of {resources.length - shown}
        </button>
      )}
    </div>
  );
}
