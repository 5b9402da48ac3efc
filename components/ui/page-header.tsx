// The top of every page: breadcrumb (detail and form pages), the title (the page's h1, which its section is
// labelled by), badges beside it, the scope line, a hint that data is being refreshed, and the page's actions.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { Breadcrumb } from './breadcrumb';
import { buttonClass } from './button';

export interface PageHeaderProps {
  title: ReactNode;
  /** Object names are set in the code font and may break anywhere. */
  mono?: boolean;
  titleTestId?: string;
  /** Next to the title: copy button, state badges, short notes. */
  badges?: ReactNode;
  /** The muted line saying what is shown: "in fleet-default · 27 total". */
  scope?: ReactNode;
  scopeTestId?: string;
  /** A refetch is under way (not the first load): shows `fetchingLabel`. Or pass the page's main query as `query`. */
  fetching?: boolean;
  query?: { isFetching: boolean; isLoading: boolean };
  fetchingLabel?: string;
  /** Buttons and links, pushed to the right edge. */
  actions?: ReactNode;
  breadcrumb?: { href: string; parent: string; current: ReactNode; mono?: boolean };
}

export function PageHeader({ title, mono, titleTestId, badges, scope, scopeTestId, fetching, query, fetchingLabel = 'updating…', actions, breadcrumb }: PageHeaderProps) {
  const refreshing = fetching ?? (!!query && query.isFetching && !query.isLoading);
  return (
    <>
      {breadcrumb && <Breadcrumb {...breadcrumb} />}
      <header className={`flex flex-wrap gap-x-3 gap-y-1 ${badges ? 'items-center' : 'items-baseline'}`}>
        <h1 id="page-title" className={`text-xl font-semibold ${mono ? 'min-w-0 break-words font-mono' : ''}`} data-testid={titleTestId}>
          {title}
        </h1>
        {badges}
        {scope !== undefined && (
          <span className="text-sm text-muted" data-testid={scopeTestId}>
            {scope}
          </span>
        )}
        {refreshing && <span className="text-xs text-muted">{fetchingLabel}</span>}
        {actions && <span className="ml-auto flex flex-wrap items-center gap-2">{actions}</span>}
      </header>
    </>
  );
}

/** "in <workspace>" for a scope line; `_all` reads "all workspaces". `children` follow the workspace. */
export function InWorkspace({ workspace, word = 'in', children }: { workspace: string; word?: string; children?: ReactNode }) {
  return (
    <>
      {word} <span className="font-mono">{workspace === '_all' ? 'all workspaces' : workspace}</span>
      {children}
    </>
  );
}

/** A list's scope line: "in fleet-default · 27 total" (or "· 3 matching" when filtered). */
export function ListScope({ workspace, total, filtered, children }: { workspace: string; total?: number; filtered: boolean; children?: ReactNode }) {
  return (
    <InWorkspace workspace={workspace}>
      {children}
      {total !== undefined && ` · ${total} ${filtered ? 'matching' : 'total'}`}
    </InWorkspace>
  );
}

/** A list's Create button; under `_all` (no one workspace to create in) a hint to pick one instead. */
export function CreateAction({ workspace, what, href, testId }: { workspace: string; what: string; href: string; testId: string }) {
  if (workspace === '_all') return <span className="text-xs text-muted">Pick a workspace to create a {what}</span>;
  return (
    <Link href={href} className={buttonClass('primary')} data-testid={testId}>
      Create {what}
    </Link>
  );
}
