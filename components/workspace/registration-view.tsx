'use client';
// Cluster registration for one workspace: create a ClusterRegistrationToken with a TTL, see every
// token with its expiry, show the fleet-agent Helm values it was issued with and the commands to run
// on the cluster being registered, delete tokens.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { registrationCommands, TokenFormSchema, type TokenRow } from '@/lib/fleet/rows/token-row';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { EmptyPanel, ErrorPanel, LoadingRows, Notice } from '@/components/ui/panels';
import { CopyButton } from '@/components/copy-button';
import { useLiveKinds } from '@/components/live/live-updates';
import { RelativeTime } from '@/components/relative-time';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field, inputClass } from '@/components/ui/field';
import { createToken, deleteToken, fetchTokens, fetchTokenValues } from './workspace-api';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';

const LIVE = ['clusterregistrationtokens'] as const;

export function RegistrationView({ workspace }: { workspace: string }) {
  useLiveKinds(LIVE, workspace);
  const qc = useQueryClient();
  const key = queryKeys.list('clusterregistrationtokens', workspace, '');
  const q = useQuery({ queryKey: key, queryFn: () => fetchTokens(workspace), enabled: workspace !== '_all' });
  const [name, setName] = useState('');
  const [ttl, setTtl] = useState('24h');
  const [tried, setTried] = useState(false);
  const [fields, setFields] = useState<{ field: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [open, setOpen] = useState<string>();
  const [del, setDel] = useState<TokenRow>();

  if (workspace === '_all') {
    return (
      <section aria-labelledby="page-title" className="space-y-2">
        <PageHeader title="Register a cluster" />
        <p className="text-sm">A cluster registers into one workspace: pick a workspace above.</p>
      </section>
    );
  }

  const local = TokenFormSchema.safeParse({ name, ttl });
  const localErr = (f: string) => (tried && !local.success ? local.error.issues.find((i) => i.path[0] === f)?.message : undefined);
  const err = (f: string) => fields.find((x) => x.field === f)?.message ?? localErr(f);

  const create = async () => {
    setTried(true);
    setFields([]);
    if (!local.success) return;
    setBusy(true);
    try {
      const r = await createToken(workspace, local.data.name, local.data.ttl);
      setNotice({ ok: true, text: `Token ${r.name} created.` });
      setOpen(r.name);
      setName('');
      setTried(false);
      await qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      if (e instanceof ApiFetchError && e.fieldErrors?.length) setFields(e.fieldErrors);
      else setNotice({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.clusters(workspace), parent: 'Clusters', current: 'registration', mono: false }}
        title={
          <>
            Register a cluster in <span className="font-mono">{workspace}</span>
          </>
        }
        fetching={q.isFetching && !q.isLoading}
      />
      <p className="max-w-3xl text-sm text-muted">
        A registration token lets a cluster&apos;s Fleet agent register into this workspace. Create one, then install the fleet-agent Helm chart on the cluster with the
        token&apos;s values. Fleet deletes the token when its time to live has passed; clusters that registered stay registered.
      </p>
      {notice && (
        <Notice ok={notice.ok} onDismiss={() => setNotice(undefined)}>
          {notice.text}
        </Notice>
      )}
      <form
        className="flex flex-wrap items-start gap-3 rounded-lg border border-border bg-surface p-4"
        aria-label="Create a registration token"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label="Token name" required error={err('name')} className="min-w-[14rem] flex-1">
          <input className={`${inputClass} font-mono`} value={name} onChange={(e) => setName(e.target.value)} placeholder="edge-batch-7" data-testid="token-name-input" autoComplete="off" />
        </Field>
        <Field label="Time to live" error={err('ttl')} hint="e.g. 1h, 24h, 168h. Empty: never expires." className="w-48">
          <input className={`${inputClass} font-mono`} value={ttl} onChange={(e) => setTtl(e.target.value)} data-testid="token-ttl-input" />
        </Field>
        <Button type="submit" variant="primary" busy={busy} className="mt-6" data-testid="create-token">
          Create token
        </Button>
      </form>
      {q.isError ? (
        <ErrorPanel error={q.error} what="cluster registration tokens" workspace={workspace} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <LoadingRows label="Loading tokens…" rows={2} />
      ) : q.data.items.length === 0 ? (
        <EmptyPanel title={`No registration tokens in ${workspace}`}>Create one above to register a cluster.</EmptyPanel>
      ) : (
        <ul className="space-y-2" aria-label="Registration tokens">
          {q.data.items.map((t) => (
            <li key={t.name} className="rounded-lg border border-border bg-surface" data-testid="token-row" data-name={t.name}>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm">
                <span className="font-mono font-medium">{t.name}</span>
                <span className="text-muted">TTL {t.ttl ?? 'none'}</span>
                <span className="text-muted">
                  created <RelativeTime iso={t.created} />
                </span>
                <span data-testid="token-expiry">
                  {t.expired ? (
                    <span className="font-medium text-danger">expired</span>
                  ) : t.expires ? (
                    <>
                      expires <RelativeTime iso={t.expires} />
                    </>
                  ) : (
                    <span className="text-muted" title="status.expires is written by the Fleet controller when it issues the token">not issued yet</span>
                  )}
                </span>
                <span className="ml-auto flex gap-2">
                  <Button size="sm" onClick={() => setOpen(open === t.name ? undefined : t.name)} aria-expanded={open === t.name} data-testid="token-show">
                    {open === t.name ? 'Hide values' : 'Show values & commands'}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => setDel(t)} data-testid="token-delete">
                    Delete
                  </Button>
                </span>
              </div>
              {open === t.name && <TokenValues workspace={workspace} token={t} />}
            </li>
          ))}
        </ul>
      )}
      {del && (
        <ConfirmDialog
          title={`Delete registration token ${del.name}?`}
          confirmLabel="Delete token"
          onClose={() => setDel(undefined)}
          onConfirm={async () => {
            await deleteToken(workspace, del.name, del.uid);
            setNotice({ ok: true, text: `Token ${del.name} deleted.` });
            await qc.invalidateQueries({ queryKey: key });
          }}
        >
          <p>Agents that have not registered yet with this token&apos;s values can no longer register. Clusters already registered are not affected.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function TokenValues({ workspace, token }: { workspace: string; token: TokenRow }) {
  const q = useQuery({ queryKey: queryKeys.tokenValues(workspace, token.name, token.secretName ?? ''), queryFn: () => fetchTokenValues(workspace, token.name) });
  const file = `${token.name}-values.yaml`;
  const cmds = registrationCommands({ tokenName: token.name, valuesFile: file });
  return (
    <div className="space-y-3 border-t border-border px-4 py-3 text-sm" data-testid="token-values">
      {q.isLoading ? (
        <p aria-busy="true">Reading the token values…</p>
      ) : q.isError ? (
        <p role="alert" className="text-danger">{q.error.message}</p>
      ) : q.data?.values ? (
        <div>
          <div className="mb-1 flex items-center justify-between">
            <h3 className="font-medium">
              Values (<span className="font-mono">{file}</span>)
            </h3>
            <CopyButton value={q.data.values} label="Copy values" />
          </div>
          <pre className="max-h-64 overflow-auto rounded bg-surface-2 p-2 font-mono text-xs">{q.data.values}</pre>
        </div>
      ) : (
        <p role="note" className="rounded border border-amber-500/40 bg-amber-500/10 p-2" data-testid="token-values-problem">
          {q.data?.problem}
        </p>
      )}
      <div>
        <div className="mb-1 flex items-center justify-between">
          <h3 className="font-medium">Commands to run on the cluster you register</h3>
          <CopyButton value={cmds} label="Copy commands" />
        </div>
        <pre className="overflow-auto rounded bg-surface-2 p-2 font-mono text-xs" data-testid="token-commands">
          {cmds}
        </pre>
      </div>
    </div>
  );
}
