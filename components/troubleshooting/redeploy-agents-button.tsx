'use client';
// Bulk force-update of Fleet agents (spec.redeployAgentGeneration + 1 each), confirmed first with each cluster's
// before → after, reported per cluster.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RedeployAgentsResultSchema } from '@/lib/fleet/troubleshooting/schema';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl } from '@/lib/http/urls';
import { Button } from '@/components/ui/button';
import type { BulkItemResult } from '@/components/ui/bulk-results';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useReportFix } from './fix-results';

export interface AgentTarget {
  namespace: string;
  name: string;
  before: number;
  after: number;
  note?: string;
}

export function RedeployAgentsButton({ clusters, label }: { clusters: AgentTarget[]; label: string }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const reportFix = useReportFix();
  const byWs = new Map<string, AgentTarget[]>();
  for (const c of clusters) byWs.set(c.namespace, [...(byWs.get(c.namespace) ?? []), c]);
  return (
    <div className="space-y-2">
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="redeploy-agents">
        {label}
      </Button>
      {open && (
        <ConfirmDialog
          title={`Force-update ${clusters.length} agent${clusters.length === 1 ? '' : 's'}?`}
          confirmLabel="Force-update"
          variant="primary"
          testId="redeploy-dialog"
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            const out: BulkItemResult[] = [];
            for (const [ws, list] of byWs) {
              try {
                const r = await apiFetch(apiUrl.redeployAgents(ws), {
                  method: 'POST',
                  body: JSON.stringify({ clusters: list.map((c) => ({ name: c.name, expected: c.before })) }),
                  schema: RedeployAgentsResultSchema,
                });
                for (const x of r.results)
                  out.push({ name: `${ws}/${x.name}`, status: x.ok ? 'ok' : 'error', message: x.ok ? `redeployAgentGeneration ${x.before} → ${x.after}` : x.error });
              } catch (e) {
                for (const c of list) out.push({ name: `${ws}/${c.name}`, status: 'error', message: e instanceof Error ? e.message : String(e) });
              }
            }
            reportFix({ title: 'Force-update agents', results: out });
            void qc.invalidateQueries({ queryKey: queryKeys.troubleshootingAll() });
            void qc.invalidateQueries({ queryKey: queryKeys.listAll('clusters') });
          }}
        >
          <p>
            Fleet redeploys the agent on each cluster with fresh credentials (spec.redeployAgentGeneration + 1). Workloads keep running; the
            agent restarts and reports again once it can reach the Fleet controller.
          </p>
          <ul className="max-h-60 space-y-0.5 overflow-y-auto text-sm" data-testid="redeploy-list">
            {clusters.map((c) => (
              <li key={`${c.namespace}/${c.name}`} className="flex flex-wrap justify-between gap-2">
                <span className="font-mono">{c.name}</span>
                <span className="font-mono text-muted">
                  {c.before} → {c.after}
                </span>
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}
