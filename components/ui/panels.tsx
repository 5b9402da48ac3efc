// Loading, empty, error and notice panels: one look for every list and detail page.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ApiFetchError } from '@/lib/http/api-fetch';

export function LoadingRows({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-2 rounded-lg border border-border bg-surface p-4">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-8 animate-pulse rounded bg-surface-2" />
      ))}
    </div>
  );
}

/** A detail page before its object has loaded: title and body placeholders. */
export function LoadingDetail({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="space-y-3">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-64 animate-pulse rounded bg-surface-2" />
      <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}

/** Nothing to show. `compact`: a line inside a section of a detail page rather than a whole list. */
export function EmptyPanel({ title, children, testId = 'empty-state', compact }: { title: ReactNode; children?: ReactNode; testId?: string; compact?: boolean }) {
  if (compact)
    return (
      <p className="rounded-lg border border-dashed border-border bg-surface p-4 text-sm text-muted" data-testid={testId}>
        {title}
      </p>
    );
  return (
    <div className="rounded-lg border border-dashed border-border bg-surface p-10 text-center" data-testid={testId}>
      <p className="font-medium">{title}</p>
      {children && <div className="mt-2 text-sm text-muted">{children}</div>}
    </div>
  );
}

/** A list's URL has a parameter the dashboard cannot read (from a hand-edited or old link): say which, offer a reset. */
export function BadFilterPanel({ error, resetHref, resetLabel }: { error: string; resetHref: string; resetLabel: string }) {
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
      <p className="font-medium">This link has a filter the dashboard does not understand: {error}.</p>
      <Link href={resetHref} className="mt-2 inline-block text-accent underline">
        {resetLabel}
      </Link>
    </div>
  );
}

/** " in workspace x", " in any workspace" for `_all`: where a thing was looked for, inside a sentence. */
export function inWorkspace(workspace: string | undefined): string {
  return workspace === undefined ? '' : workspace === '_all' ? ' in any workspace' : ` in workspace ${workspace}`;
}

/**
 * A failed load in words: 403 says who may not see what (RBAC is the API server's), 401 links to sign-in.
 * `what` is a noun phrase that reads inside a sentence ("the troubleshooting findings", "bundles", "cluster group
 * prod"; lower case but for kind names such as GitRepos), never a page title. `back`: a link back to the list.
 */
export function ErrorPanel({
  error, what, workspace, onRetry, back,
}: { error: Error; what: string; workspace?: string; onRetry?: () => void; back?: { href: string; label: string } }) {
  const status = error instanceof ApiFetchError ? error.status : 0;
  const where = inWorkspace(workspace);
  const title =
    status === 403
      ? `You are not allowed to see ${what}${where}.`
      : status === 401
        ? 'You are signed out.'
        : status === 404
          ? `Could not find ${what}${where}.`
          : `Could not load ${what}${where}.`;
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4" data-testid="load-error" data-status={status}>
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{error.message}</p>
      <div className="mt-3 flex gap-3 text-sm">
        {status === 401 ? (
          <Link href="/signin" className="text-accent underline">
            Sign in
          </Link>
        ) : status === 403 ? (
          <span className="text-muted">Ask a cluster administrator for access, or pick another workspace above.</span>
        ) : status === 404 ? null : (
          onRetry && (
            <button type="button" onClick={onRetry} className="text-accent underline">
              Try again
            </button>
          )
        )}
        {back && (
          <Link href={back.href} className="text-accent underline">
            {back.label}
          </Link>
        )}
      </div>
    </div>
  );
}

/** A message under the page title after an action: green for done, red (alert) for a failure. */
export function Notice({ ok, children, onDismiss }: { ok: boolean; children: ReactNode; onDismiss?: () => void }) {
  return (
    <div
      role={ok ? 'status' : 'alert'}
      className={`flex items-start justify-between gap-3 rounded-lg border p-3 text-sm ${ok ? 'border-green-600/40 bg-green-500/10' : 'border-danger/40 bg-danger/10'}`}
      data-testid={ok ? 'notice-ok' : 'notice-error'}
    >
      <div>{children}</div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="text-xs text-accent underline">
          Dismiss
        </button>
      )}
    </div>
  );
}
