'use client';
// Policies of a workspace, each in plain words, and every object Fleet reports as rejected by policy.
import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { POLICY_OVERVIEW } from '@/lib/fleet/policy/explain';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { DetailSection } from '@/components/detail/detail-section';
import { EmptyPanel, ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { CreateAction, InWorkspace, PageHeader } from '@/components/ui/page-header';
import { SimpleTable, Td } from '@/components/ui/simple-table';
import { fetchPolicies } from './policy-api';
import { RejectionsTable } from './rejections-table';

export const POLICY_POLL_MS = 15_000;

export function PoliciesView({ workspace }: { workspace: string }) {
  const all = workspace === '_all';
  const q = useQuery({ queryKey: queryKeys.policies(workspace), queryFn: () => fetchPolicies(workspace), refetchInterval: POLICY_POLL_MS });
  const items = q.data?.items ?? [];
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        title="Policies"
        scope={<InWorkspace workspace={workspace}>{q.data && ` · ${items.length} policies`}</InWorkspace>}
        query={q}
        actions={<CreateAction workspace={workspace} what="Policy" href={pageUrl.policyNew(workspace)} testId="create-policy" />}
      />
      <p className="max-w-4xl text-sm text-muted">{POLICY_OVERVIEW}</p>
      {q.isError ? (
        <ErrorPanel error={q.error} what="Policies" workspace={workspace} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <LoadingRows label="Loading Policies…" />
      ) : (
        <>
          {items.length === 0 ? (
            <EmptyPanel title={`No Policies in ${all ? 'any workspace' : workspace} yet`}>Without a Policy, Fleet allows every GitRepo, HelmOp and Bundle of the workspace.</EmptyPanel>
          ) : (
            <SimpleTable head={['Name', ...(all ? ['Workspace'] : []), 'What it does', 'Rejects']} testId="policy-table">
              {items.map((p) => (
                <tr key={`${p.namespace}/${p.name}`} className="border-t border-border" data-testid="policy-row" data-name={p.name}>
                  <Td>
                    <Link href={pageUrl.policy(p.namespace, p.name)} className="font-medium text-accent hover:underline">
                      {p.name}
                    </Link>
                  </Td>
                  {all && <Td className="font-mono text-xs">{p.namespace}</Td>}
                  <Td className="max-w-2xl">
                    <ul className="list-disc space-y-0.5 pl-4 text-xs" data-testid="policy-summary">
                      {p.summary.map((s) => (
                        <li key={s} className="break-words">{s}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td className="tabular-nums">
                    <span data-testid="policy-rejects" className={p.rejects > 0 ? 'font-semibold text-danger' : ''}>
                      {p.rejects}
                    </span>
                  </Td>
                </tr>
              ))}
            </SimpleTable>
          )}
          <DetailSection title="Objects Fleet rejects" count={q.data.rejections.length} testId="workspace-rejections">
            <RejectionsTable rows={q.data.rejections} unreadable={q.data.unreadable} empty="Fleet reports no GitRepo, HelmOp or Bundle rejected by policy here." />
          </DetailSection>
        </>
      )}
    </section>
  );
}
