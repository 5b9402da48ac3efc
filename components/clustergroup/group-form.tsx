'use client';
// Create or edit a cluster group: name (create only) and the selector, with a live preview of the
// clusters it matches. Problems show beside their field as you type and again from the server (422);
// what was typed stays on any failure. Edits are guarded by resourceVersion (409 shown, not overwritten).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatSelector, selectorProblems, type LabelSelector } from '@/lib/fleet/selector';
import { validateDns1123Subdomain } from '@/lib/fleet/names';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { SelectorEditor, draftFromSelector, selectorFromDraft, type SelectorDraft } from '@/components/selector/selector-editor';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/panels';
import { createGroup, updateGroup } from './clustergroup-api';
import { MatchPreview } from './match-preview';
import { useClusterDriven } from './use-cluster-driven';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';


export function GroupForm({ workspace, existing }: { workspace: string; existing?: { name: string; selector: LabelSelector | null; resourceVersion?: string } }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [name, setName] = useState(existing?.name ?? '');
  const [draft, setDraft] = useState<SelectorDraft>(() =>
    existing ? draftFromSelector(existing.selector) : { labels: [{ key: '', value: '' }], exprs: [] },
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean }>();
  const [fieldErrors, setFieldErrors] = useState<{ field: string; message: string }[]>([]);
  const [nameTouched, setNameTouched] = useState(false);
  const total = useClusterDriven(workspace, []);

  const selector = selectorFromDraft(draft);
  const problems = selectorProblems(selector);
  const dupKeys = draft.labels.map((l) => l.key.trim()).filter((k, i, a) => k && a.indexOf(k) !== i);
  const valid = problems.length === 0 && dupKeys.length === 0;
  const nameError = !existing && (nameTouched || fieldErrors.length > 0) ? (validateDns1123Subdomain(name.trim(), 'Name')[0] ?? fieldErrors.find((f) => f.field === 'name')?.message) : undefined;
  const selectorServerErrors = fieldErrors.filter((f) => f.field.startsWith('selector'));

  const submit = async () => {
    setNameTouched(true);
    if ((!existing && validateDns1123Subdomain(name.trim(), 'Name').length) || !valid) return;
    setBusy(true);
    setError(undefined);
    setFieldErrors([]);
    try {
      if (existing) await updateGroup(workspace, existing.name, { selector, resourceVersion: existing.resourceVersion });
      else await createGroup(workspace, { name: name.trim(), selector });
      const target = existing?.name ?? name.trim();
      await qc.invalidateQueries({ queryKey: queryKeys.listAll('clustergroups') });
      await qc.invalidateQueries({ queryKey: queryKeys.detail('clustergroups', workspace, target) });
      router.push(pageUrl.clustergroup(workspace, target));
    } catch (e) {
      if (e instanceof ApiFetchError) {
        setError({ message: e.message, conflict: e.status === 409 && !!existing });
        setFieldErrors(e.fieldErrors ?? []);
      } else setError({ message: String(e), conflict: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.clustergroups(workspace), parent: 'Cluster Groups', current: existing ? existing.name : 'new', mono: !!existing }}
        title={existing ? `Edit cluster group ${existing.name}` : `Create a cluster group in ${workspace}`}
      />
      {error && (
        <Notice ok={false}>
          {error.message}
          {error.conflict && ' Someone changed this group after you opened it: reload to see their version (your selector stays here until you do).'}
        </Notice>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        <form
          className="space-y-4 self-start rounded-lg border border-border bg-surface p-4"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          {!existing && (
            <Field label="Name" required error={nameError} hint="Lower case letters, digits, '-' and '.'; GitRepo targets refer to it by this name.">
              <input className={`${inputClass} font-mono`} value={name} onChange={(e) => setName(e.target.value)} onBlur={() => setNameTouched(true)} autoComplete="off" data-testid="group-name-input" />
            </Field>
          )}
          <SelectorEditor draft={draft} onChange={setDraft} serverErrors={selectorServerErrors} />
          <div className="flex gap-2 border-t border-border pt-4">
            <Button type="submit" variant="primary" busy={busy} data-testid="group-submit">
              {existing ? 'Save' : 'Create cluster group'}
            </Button>
            <Link href={existing ? pageUrl.clustergroup(workspace, existing.name) : pageUrl.clustergroups(workspace)} className={buttonClass('secondary')}>
              Cancel
            </Link>
          </div>
        </form>
        <div className="space-y-2">
          <MatchPreview workspace={workspace} selector={formatSelector(selector)} valid={valid} total={total} />
          <p className="px-1 text-xs text-muted">
            What this sends: <code className="break-all font-mono">spec.selector: {JSON.stringify(selector)}</code>
          </p>
        </div>
      </div>
    </section>
  );
}
