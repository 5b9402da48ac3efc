'use client';
// The graph page of a GitRepo or HelmOp: owner → Bundles → deployments per cluster → resources, in columns, each
// node a link to its page (a deployment: its row on the Bundle page; a resource: the cluster it runs on) or, for a
// group of deployments/resources of one state, a button that opens it. Which groups are open, the group limit and
// whether resources are drawn live in the URL, so a view can be shared. Nodes are HTML links and buttons placed over
// an SVG of the edges: keyboard focus, focus rings and screen readers work as everywhere else, in tree order.
// Refreshed every REFRESH_MS (the graph is computed on the server from the watch cache).
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { GraphAnswerSchema, type GraphNodeRow, type GraphOwnerKind } from '@/lib/fleet/graph-schema';
import { layoutGraph, type Placed } from '@/lib/fleet/graph-layout';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { apiUrl, pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorPanel, LoadingRows } from '@/components/ui/panels';
import { STATE_FILL } from '@/components/charts/state-colours';
import { stateGlyph, stateLabel } from '@/components/state-badge';

const REFRESH_MS = 10_000;
const COL_W = 260;
const NODE_W = 224;
const NODE_H = 32;
const ROW_H = 42;
const INDENT = 18;
const COLUMNS = ['Owner', 'Bundles', 'Deployments (per cluster)', 'Resources'];

export function GraphView({ workspace, kind, name }: { workspace: string; kind: GraphOwnerKind; name: string }) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const open = (search.get('open') ?? '').split(',').filter(Boolean);
  const limit = search.get('limit') ?? undefined;
  const resources = search.get('resources') === '0' ? '0' : '1';
  const params = { kind, name, open: open.join(',') || undefined, limit, resources: resources === '0' ? '0' : undefined };
  const paramKey = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  const q = useQuery({
    queryKey: queryKeys.graph(workspace, kind, name, paramKey),
    queryFn: () => apiFetch(apiUrl.graph(workspace, params), { schema: GraphAnswerSchema }),
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(search.toString());
    if (v) next.set(k, v);
    else next.delete(k);
    const s = next.toString();
    router.replace(s ? `${pathname}?${s}` : pathname, { scroll: false });
  };
  const toggle = (key: string) => setParam('open', (open.includes(key) ? open.filter((k) => k !== key) : [...open, key]).join(',') || undefined);
  const ownerHref = kind === 'GitRepo' ? pageUrl.gitrepo(workspace, name) : pageUrl.object(kind, workspace, name);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={ownerHref ? { href: ownerHref, parent: `${kind} ${name}`, current: 'Graph' } : undefined}
        title={`Graph of ${name}`}
        fetching={q.isFetching && !q.isLoading}
        actions={
          <>
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" checked={resources === '1'} onChange={(e) => setParam('resources', e.target.checked ? undefined : '0')} data-testid="graph-resources" />
              Resources
            </label>
            {open.length > 0 && (
              <button type="button" className="text-sm text-accent underline" onClick={() => setParam('open', undefined)} data-testid="graph-collapse">
                Close all groups
              </button>
            )}
          </>
        }
      />
      {q.isError ? (
        <ErrorPanel error={q.error} what={`the graph of ${kind} ${name}`} workspace={workspace} onRetry={() => q.refetch()} back={ownerHref ? { href: ownerHref, label: `Back to ${kind} ${name}` } : undefined} />
      ) : !q.data ? (
        <LoadingRows label="Building the graph…" rows={4} />
      ) : (
        <>
          <p className="text-sm" data-testid="graph-summary">
            {q.data.totals.bundles} bundle{q.data.totals.bundles === 1 ? '' : 's'}, {q.data.totals.bundleDeployments} deployment{q.data.totals.bundleDeployments === 1 ? '' : 's'}
            {q.data.deploymentStates.length > 0 && <> ({q.data.deploymentStates.map(([s, n]) => `${n} ${stateLabel(s)}`).join(', ')})</>}
            {resources === '1' && <>, {q.data.totals.resources} resources drawn</>}. Groups of one state stand for more than {limit ?? 50} deployments or resources; open one to see its members.
          </p>
          {q.data.notes.map((n) => (
            <p key={n} role="status" className="rounded-md border border-border bg-surface-2 p-2 text-sm" data-testid="graph-note">
              {n}
            </p>
          ))}
          <Drawing workspace={workspace} owner={name} nodes={q.data.nodes} edges={q.data.edges} open={open} onToggle={toggle} />
        </>
      )}
    </section>
  );
}

function Drawing({ workspace, owner, nodes, edges, open, onToggle }: { workspace: string; owner: string; nodes: GraphNodeRow[]; edges: { from: string; to: string }[]; open: string[]; onToggle: (key: string) => void }) {
  const l = layoutGraph(nodes, edges);
  const width = Math.max(1, l.cols) * COL_W;
  const height = l.rows * ROW_H + 8;
  // Members of an open group sit in the group's column, indented under it like a list, joined by a bracket.
  const parentOf = new Map(edges.map((e) => [e.to, e.from]));
  const member = (p: Placed) => {
    const parent = l.byId.get(parentOf.get(p.node.id) ?? '');
    return parent !== undefined && parent.col === p.col;
  };
  const x = (p: Placed) => p.col * COL_W + (member(p) ? INDENT : 0);
  const y = (p: Placed) => p.row * ROW_H + 4;
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface p-3" data-testid="graph">
      <div className="flex text-xs font-medium text-muted" style={{ width }} aria-hidden="true">
        {COLUMNS.slice(0, l.cols).map((c) => (
          <span key={c} style={{ width: COL_W }}>
            {c}
          </span>
        ))}
      </div>
      <div className="relative mt-2" style={{ width, height }}>
        <svg width={width} height={height} className="absolute inset-0" aria-hidden="true">
          {edges.map((e) => {
            const a = l.byId.get(e.from);
            const b = l.byId.get(e.to);
            if (!a || !b) return null;
            const y2 = y(b) + NODE_H / 2;
            let d: string;
            if (a.col === b.col) {
              const bx = x(a) + INDENT / 2;
              d = `M${bx},${y(a) + NODE_H} V${y2} H${x(b)}`;
            } else {
              const x1 = x(a) + NODE_W - (member(a) ? INDENT : 0);
              const y1 = y(a) + NODE_H / 2;
              const x2 = x(b);
              const mid = (x1 + x2) / 2;
              d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
            }
            return <path key={`${e.from}>${e.to}`} d={d} className="fill-none stroke-border" strokeWidth={1.5} />;
          })}
        </svg>
        <ul aria-label="Graph nodes, each followed by its children">
          {l.placed.map((p) => (
            <li key={p.node.id} className="absolute" style={{ left: x(p), top: y(p), width: NODE_W - (member(p) ? INDENT : 0), height: NODE_H }}>
              <Node workspace={workspace} owner={owner} n={p.node} open={!!p.node.group && open.includes(p.node.group.key)} onToggle={onToggle} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

const KIND_WORD: Record<GraphNodeRow['kind'], string> = { GitRepo: 'GitRepo', HelmOp: 'HelmOp', Bundle: 'Bundle', BundleDeployment: 'Deployment on cluster', Resource: 'Resource', Group: 'Group' };

function hrefOf(workspace: string, n: GraphNodeRow): string | undefined {
  const l = n.link;
  if (n.kind === 'Group' && n.group?.more) {
    const m = /^Bundle:([^/]+)\/([^/]+)\/deployments\/(\w+)\/more$/.exec(n.group.key);
    return m ? pageUrl.bundle(m[1]!, m[2]!, { state: m[3] }) : undefined;
  }
  if (!l) return undefined;
  switch (l.kind) {
    case 'GitRepo':
    case 'HelmOp':
    case 'Bundle':
      return pageUrl.object(l.kind, l.namespace, l.name);
    case 'BundleDeployment':
      // Its row on the Bundle page (the bundle lives in the graph's workspace; the BD in the cluster's namespace).
      return pageUrl.bundle(workspace, l.name, { q: n.cluster?.name });
    case 'Resource':
      return l.cluster ? pageUrl.cluster(l.cluster.namespace, l.cluster.name) : undefined;
    default:
      return undefined;
  }
}

function Node({ workspace, owner, n, open, onToggle }: { workspace: string; owner: string; n: GraphNodeRow; open: boolean; onToggle: (key: string) => void }) {
  // Bundles are named "<owner>-<path>": the path part is what tells them apart in a narrow box (full name in title).
  const short = n.kind === 'Bundle' && n.label.startsWith(`${owner}-`) ? `…${n.label.slice(owner.length)}` : n.label;
  const words = n.kind === 'Group' ? `${n.group?.count ?? ''} ${n.group?.of === 'Resource' ? 'resources' : 'deployments'}, ${stateLabel(n.state)}` : `${KIND_WORD[n.kind]} ${n.label}, ${stateLabel(n.state)}`;
  const cls = `flex h-full w-full items-center gap-2 overflow-hidden rounded-md border border-border bg-surface pr-2 text-left text-xs shadow-sm hover:border-accent ${n.kind === 'Group' ? 'border-dashed' : ''}`;
  const body = (
    <>
      <span aria-hidden="true" className={`flex h-full w-6 shrink-0 items-center justify-center text-[10px] font-bold text-white ${STATE_FILL[n.state]}`}>
        {stateGlyph(n.state)}
      </span>
      <span className="truncate font-mono" data-testid="graph-node-label">{n.kind === 'Group' && n.group?.expandable ? `${open ? '▾' : '▸'} ${n.label}` : short}</span>
    </>
  );
  const common = { 'data-testid': 'graph-node', 'data-kind': n.kind, 'data-state': n.state, 'data-id': n.id, 'data-name': n.label, title: words };
  if (n.kind === 'Group' && n.group?.expandable)
    return (
      <button type="button" className={cls} aria-expanded={open} aria-label={`${open ? 'Close' : 'Open'} group of ${words}`} onClick={() => onToggle(n.group!.key)} {...common}>
        {body}
      </button>
    );
  const href = hrefOf(workspace, n);
  if (href)
    return (
      <Link href={href} className={cls} aria-label={words} {...common}>
        {body}
      </Link>
    );
  return (
    <span className={cls} aria-label={words} role="img" {...common}>
      {body}
    </span>
  );
}
