'use client';
// One Policy: every field it can set, with its value and what it does in plain words, and the objects of the
// workspace Fleet reports as rejected (by this Policy alone, or by the merge of all of them); edit and delete.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PolicyForm } from '@/lib/fleet/forms/policy-form';
import { POLICY_FIELDS, POLICY_OVERVIEW } from '@/lib/fleet/policy/explain';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { DetailSection } from '@/components/detail/detail-section';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorPanel, LoadingDetail } from '@/components/ui/panels';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable, Td } from '@/components/ui/simple-table';
import { fetchPolicy, deletePolicy } from './policy-api';
import { getField, type PolicyValue } from './policy-fields';
import { POLICY_POLL_MS } from './policies-view';
import { RejectionsTable } from './rejections-table';

function Value({ v }: { v: PolicyValue }) {
  if (typeof v === 'boolean') return <span>{v ? 'yes' : 'no'}</span>;
  if (Array.isArray(v)) {
    if (v.length === 0) return <span className="text-muted">any (not restricted)</span>;
    return (
      <ul className="space-y-0.5">
        {v.map((x) => (
          <li key={x} className="break-all font-mono text-xs">{x}</li>
        ))}
      </ul>
    );
  }
  return v ? <span className="font-mono text-xs">{v}</span> : <span className="text-muted">not set</span>;
}

export function PolicyDetailView({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const q = useQuery({ queryKey: queryKeys.policy(workspace, name), queryFn: () => fetchPolicy(workspace, name), refetchInterval: POLICY_POLL_MS });
  const back = { href: pageUrl.policies(workspace), label: 'All Policies' };
  if (q.isError) return <ErrorPanel error={q.error} what={`Policy ${name}`} workspace={workspace} onRetry={() => void q.refetch()} back={back} />;
  if (!q.data) return <LoadingDetail label={`Loading Policy ${name}…`} />;
  const d = q.data;
  const form = d.form as PolicyForm;
  const mine = d.rejections.filter((r) => r.policies.includes(name));
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader
        breadcrumb={{ href: back.href, parent: 'Policies', current: name, mono: true }}
        title={name}
        mono
        titleTestId="policy-title"
        query={q}
        actions={
          <>
            <Link href={pageUrl.policyEdit(workspace, name)} className={buttonClass('secondary')} data-testid="edit-policy">
              Edit
            </Link>
            <Button variant="danger" onClick={() => setConfirm(true)} data-testid="delete-policy">
              Delete
            </Button>
          </>
        }
      />
      <div className="space-y-1 rounded-lg border border-border bg-surface p-4 text-sm" data-testid="policy-summary">
        {d.row.summary.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      <DetailSection title="Objects this Policy rejects" count={mine.length} testId="policy-rejections">
        <RejectionsTable rows={mine} unreadable={d.unreadable} empty="Fleet reports no object of this workspace rejected by this Policy." />
        {d.rejections.length > mine.length && (
          <p className="text-xs text-muted">
            {d.rejections.length - mine.length} more rejected in this workspace by other Policies or restrictions: see <Link href={back.href} className="text-accent underline">all Policies</Link>.
          </p>
        )}
      </DetailSection>
      <DetailSection title="Settings" testId="policy-fields">
        <p className="max-w-4xl text-xs text-muted">{POLICY_OVERVIEW}</p>
        <SimpleTable head={['Setting', 'Value', 'What it does', 'Applies to']}>
          {POLICY_FIELDS.map((f) => (
            <tr key={f.path} className="border-t border-border" data-testid="policy-field" data-path={f.path}>
              <Td className="font-medium">{f.label}</Td>
              <Td className="max-w-xs">
                <Value v={getField(form, f.path)} />
              </Td>
              <Td className="max-w-md text-xs text-muted">{f.help}</Td>
              <Td className="text-xs">{f.appliesTo.join(', ')}</Td>
            </tr>
          ))}
        </SimpleTable>
        <p className="text-xs text-muted">
          A Policy has no setting for target namespaces or namespace creation: target namespaces of GitRepos are restricted by GitRepoRestrictions (on the workspace&apos;s page).
        </p>
      </DetailSection>
      {confirm && (
        <ConfirmDialog
          title={`Delete Policy ${name}?`}
          confirmLabel="Delete"
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            await deletePolicy(workspace, name, d.row.uid);
            await qc.invalidateQueries({ queryKey: queryKeys.policies(workspace) });
            router.push(pageUrl.policies(workspace));
          }}
        >
          Objects it rejects are accepted again on Fleet&apos;s next check, unless another Policy rejects them.
        </ConfirmDialog>
      )}
    </section>
  );
}
