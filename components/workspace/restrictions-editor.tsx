'use client';
// GitRepoRestriction of a workspace: which service accounts, repository URL patterns and target
// namespaces GitRepos here may use, and the defaults. One restriction per workspace is what Rancher
// manages; if there are several, each is edited on its own. Lists are one entry per line.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { ErrorPanel, LoadingRows, Notice } from '@/components/ui/panels';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field, inputClass } from '@/components/ui/field';
import { deleteRestriction, fetchRestrictions, putRestriction, type Restriction } from './workspace-api';

const DEFAULT_NAME = 'restriction';

export function RestrictionsSection({ workspace }: { workspace: string }) {
  const key = queryKeys.list('gitreporestrictions', workspace, '');
  const q = useQuery({ queryKey: key, queryFn: () => fetchRestrictions(workspace) });
  if (q.isError) return <ErrorPanel error={q.error} what="the GitRepo restrictions" workspace={workspace} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingRows label="Loading restrictions…" rows={2} />;
  const items = q.data.items.length
    ? q.data.items
    : [{ name: DEFAULT_NAME, defaultServiceAccount: '', allowedServiceAccounts: [], allowedRepoPatterns: [], allowedTargetNamespaces: [] }];
  return (
    <div className="space-y-4">
      {q.data.items.length === 0 && <p className="text-sm text-muted">No GitRepoRestriction yet: GitRepos here may use any service account, repository and target namespace. Saving creates one.</p>}
      {items.map((r) => (
        <RestrictionForm key={`${r.name}@${r.resourceVersion ?? 'new'}`} workspace={workspace} initial={r} queryKey={key} />
      ))}
    </div>
  );
}

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

function RestrictionForm({ workspace, initial, queryKey }: { workspace: string; initial: Restriction; queryKey: readonly unknown[] }) {
  const qc = useQueryClient();
  const [v, setV] = useState({
    defaultServiceAccount: initial.defaultServiceAccount,
    allowedServiceAccounts: initial.allowedServiceAccounts.join('\n'),
    allowedRepoPatterns: initial.allowedRepoPatterns.join('\n'),
    allowedTargetNamespaces: initial.allowedTargetNamespaces.join('\n'),
  });
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<{ field: string; message: string }[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [ask, setAsk] = useState(false);
  const fe = (f: string) => fields.filter((x) => x.field === f || x.field.startsWith(`${f}.`)).map((x) => x.message).join(' · ') || undefined;
  const save = async () => {
    setBusy(true);
    setFields([]);
    setNotice(undefined);
    try {
      await putRestriction(workspace, {
        name: initial.name,
        resourceVersion: initial.resourceVersion,
        defaultServiceAccount: v.defaultServiceAccount.trim(),
        allowedServiceAccounts: lines(v.allowedServiceAccounts),
        allowedRepoPatterns: lines(v.allowedRepoPatterns),
        allowedTargetNamespaces: lines(v.allowedTargetNamespaces),
      });
      setNotice({ ok: true, text: 'Saved.' });
      await qc.invalidateQueries({ queryKey });
    } catch (e) {
      if (e instanceof ApiFetchError) {
        setFields(e.fieldErrors ?? []);
        setNotice({ ok: false, text: e.status === 409 ? `${e.message} Someone changed it meanwhile: reload to see their version.` : e.message });
      } else setNotice({ ok: false, text: String(e) });
    } finally {
      setBusy(false);
    }
  };
  const area = `${inputClass} min-h-[5rem] font-mono`;
  return (
    <form
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="restriction-form"
      aria-label={`GitRepoRestriction ${initial.name}`}
    >
      <h3 className="text-sm font-semibold">
        GitRepoRestriction <span className="font-mono">{initial.name}</span>
        {!initial.resourceVersion && <span className="ml-2 text-xs font-normal text-muted">(not created yet)</span>}
      </h3>
      {notice && <Notice ok={notice.ok}>{notice.text}</Notice>}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field label="Allowed service accounts" hint="One per line. Empty: any." error={fe('allowedServiceAccounts')}>
          <textarea className={area} value={v.allowedServiceAccounts} onChange={(e) => setV({ ...v, allowedServiceAccounts: e.target.value })} data-testid="allowed-sa" />
        </Field>
        <Field label="Default service account" hint="Used by GitRepos that name none." error={fe('defaultServiceAccount')}>
          <input className={`${inputClass} font-mono`} value={v.defaultServiceAccount} onChange={(e) => setV({ ...v, defaultServiceAccount: e.target.value })} data-testid="default-sa" />
        </Field>
        <Field label="Allowed repository patterns" hint="Regular expressions (Go syntax), one per line, matched against spec.repo. Empty: any." error={fe('allowedRepoPatterns')}>
          <textarea className={area} value={v.allowedRepoPatterns} onChange={(e) => setV({ ...v, allowedRepoPatterns: e.target.value })} data-testid="allowed-repos" />
        </Field>
        <Field label="Allowed target namespaces" hint="One per line. Empty: any." error={fe('allowedTargetNamespaces')}>
          <textarea className={area} value={v.allowedTargetNamespaces} onChange={(e) => setV({ ...v, allowedTargetNamespaces: e.target.value })} data-testid="allowed-ns" />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" busy={busy} data-testid="save-restriction">
          {initial.resourceVersion ? 'Save restriction' : 'Create restriction'}
        </Button>
        {initial.resourceVersion && (
          <Button variant="danger" onClick={() => setAsk(true)}>
            Delete restriction
          </Button>
        )}
      </div>
      {ask && (
        <ConfirmDialog
          title={`Delete GitRepoRestriction ${initial.name}?`}
          confirmLabel="Delete"
          onClose={() => setAsk(false)}
          onConfirm={async () => {
            await deleteRestriction(workspace, initial.name, initial.uid);
            await qc.invalidateQueries({ queryKey });
          }}
        >
          <p>GitRepos in {workspace} will then be allowed to use any service account, repository and target namespace.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
