'use client';
// Per-cluster BundleDeployments of a bundle: state, message, non-ready and modified resources, applied vs desired
// deployment id. A row expands to the diff of its modified resources.
import Link from 'next/link';
import { Fragment, useState } from 'react';
import type { BundleDeploymentRow } from '@/lib/fleet/rows/bundledeployment-row';
import { SortHeader } from '@/components/list/sort-header';
import { StateBadge } from '@/components/state-badge';
import { WindowBadge } from '@/components/schedule/window-badge';
import { opWords, PatchView } from '@/components/diff/patch-view';
import { pageUrl } from '@/lib/http/urls';

export type BdSort = 'name' | 'state' | 'cluster' | 'bundle' | 'gitrepo' | 'namespace' | 'created';

/** Deployment ids are "<contents id>:<options hash>"; the short form keeps the column narrow. */
const shortId = (id: string | undefined) => (id ? (id.length > 22 ? `${id.slice(0, 10)}…${id.slice(-8)}` : id) : '—');

export function DeploymentTable({
  rows, sort, dir, onSort, column = 'cluster',
}: { rows: BundleDeploymentRow[]; sort: BdSort; dir: 'asc' | 'desc'; onSort: (k: BdSort, d: 'asc' | 'desc') => void; column?: 'cluster' | 'bundle' }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (k: string) =>
    setOpen((prev) => {
      const n = new Set(prev);
      if (n.has(k)) n.delete(k);
      else n.add(k);
      return n;
    });
  const h = { sort, dir, onSort };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[56rem] text-sm" data-testid="bd-table">
        <thead className="bg-surface-2 text-muted">
          <tr>
            <SortHeader k={column} label={column === 'cluster' ? 'Cluster' : 'Bundle'} {...h} />
            <SortHeader k="state" label="State" {...h} />
            <th scope="col" className="px-3 py-2 text-left font-medium">Message</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Non-ready</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Modified</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Deployment (applied / desired)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const k = `${r.namespace}/${r.name}`;
            const isOpen = open.has(k);
            const applied = r.appliedDeploymentID;
            const desired = r.deploymentID;
            const differs = applied !== desired;
            return (
              <Fragment key={k}>
                <tr className="border-t border-border align-top" data-testid="bd-row" data-cluster={r.cluster} data-state={r.state}>
                  <td className="whitespace-nowrap px-3 py-2 font-medium">
                    {column === 'cluster' ? (
                      <Link href={pageUrl.cluster(r.clusterNamespace, r.cluster)} className="hover:underline">
                        {r.cluster}
                      </Link>
                    ) : (
                      <Link href={pageUrl.bundle(r.bundleNamespace, r.bundle)} className="hover:underline">
                        {r.bundle}
                      </Link>
                    )}
                  </td>
                  <td className="px-3 py-2" data-testid="bd-state">
                    <StateBadge state={r.state} />
                    {r.offSchedule && (
                      <div className="mt-1">
                        <WindowBadge state="waiting" />
                      </div>
                    )}
                  </td>
                  <td className="max-w-md whitespace-pre-wrap break-words px-3 py-2 text-xs">{r.message || <span className="text-muted">—</span>}</td>
                  <td className="max-w-xs px-3 py-2 text-xs">
                    {r.nonReady.length === 0 ? (
                      <span className="text-muted">—</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {r.nonReady.map((n) => (
                          <li key={n.resource}>
                            <span className="font-mono">{n.resource}</span> <span className="text-muted">{n.summary}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {r.modified.length === 0 ? (
                      <span className="text-muted">—</span>
                    ) : (
                      <button type="button" aria-expanded={isOpen} onClick={() => toggle(k)} className="text-left text-accent hover:underline" data-testid="bd-modified-toggle">
                        {r.modified.length} resource{r.modified.length === 1 ? '' : 's'}
                        {r.incomplete ? '+' : ''}: {summarise(r)} {isOpen ? '▲' : '▼'}
                      </button>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">
                    <span title={applied ?? 'not applied yet'} className={differs ? 'text-danger' : ''}>
                      {shortId(applied)}
                    </span>
                    <span className="text-muted"> / </span>
                    <span title={desired}>{shortId(desired)}</span>
                    {differs && <span className="ml-1 font-sans text-muted">(not applied yet)</span>}
                  </td>
                </tr>
                {isOpen && (
                  <tr className="border-t border-border bg-surface-2/40">
                    <td colSpan={6} className="space-y-2 px-3 py-3" data-testid="bd-diff">
                      <p className="text-xs text-muted">
                        What differs on {r.cluster}. Fleet reports the fields it will set; the live values stay in the cluster.
                        {r.incomplete && ' Fleet truncated this list (more than 10 resources).'}
                      </p>
                      {r.modified.map((m) => (
                        <PatchView key={`${m.op}:${m.resource}`} m={m} />
                      ))}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function summarise(r: BundleDeploymentRow): string {
  const by = new Map<string, number>();
  for (const m of r.modified) by.set(m.op, (by.get(m.op) ?? 0) + 1);
  return [...by.entries()].map(([op, n]) => `${n} ${op === 'notOwned' ? 'not owned' : op}`).join(', ') || opWords('patched');
}
