// The overview's numbers from cached entries: counts per state, agent health, worst offenders, recent changes.
import type { Entry } from '@/lib/cache/store';
import { agentContact, countByState, worstOffenders } from '@/lib/fleet/rollup';
import type { BundleSummary } from '@/lib/fleet/state';
import { gitRepoState, type ObjectLike } from '@/lib/fleet/object-state';
import type { Overview, OverviewPart } from '@/lib/fleet/rows/overview-schema';
import { isGitRepoPinned, isHelmOpPinned } from '@/lib/fleet/pin';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import type { HelmOp } from '@/lib/fleet/kinds/helmop';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const summaryOf = (e: Entry) => obj(e.obj.status?.summary) as unknown as BundleSummary;
const failingOf = (e: Entry) => Math.max(0, num(summaryOf(e).desiredReady) - num(summaryOf(e).ready));

function counts(entries: Entry[]) {
  return { total: entries.length, byState: countByState(entries, (e) => e.state) };
}

/** Newest condition update of an object (when Fleet last changed what it says about it), described by its Ready
 * message when not ready, else by the condition that changed. */
function lastChange(e: Entry): { at: string; what: string } | undefined {
  let best: { at: string; ms: number; c: Obj } | undefined;
  let readyMsg = '';
  for (const c of (e.obj.status?.conditions as Obj[] | undefined) ?? []) {
    if (c.type === 'Ready' && c.status === 'False' && typeof c.message === 'string') readyMsg = c.message;
    const at = (c.lastUpdateTime ?? c.lastTransitionTime) as string | undefined;
    const ms = at ? Date.parse(at) : NaN;
    if (Number.isNaN(ms) || (best && ms <= best.ms)) continue;
    best = { at: at!, ms, c };
  }
  if (!best) return undefined;
  const c = best.c;
  const own = typeof c.message === 'string' && c.message ? `${String(c.type)}: ${c.message}` : `${String(c.type)} ${c.status === 'True' ? 'true' : 'false'}`;
  return { at: best.at, what: (readyMsg || (e.state === 'Ready' ? 'all bundles ready' : own)).slice(0, 240) };
}

export function computeOverview(
  s: { gitrepos?: Entry[]; clusters?: Entry[]; bundles?: Entry[]; bundledeployments?: Entry[]; helmops?: Entry[]; forbidden: string[]; parts: OverviewPart[] },
  now: number,
  staleAfterMs?: number,
): Overview {
  const allowed = (k: string, v: Entry[] | undefined) => (v && !s.forbidden.includes(k) ? v : undefined);
  const gitrepos = allowed('gitrepos', s.gitrepos);
  const clusters = allowed('clusters', s.clusters);
  const bundles = allowed('bundles', s.bundles);
  const bds = allowed('bundledeployments', s.bundledeployments);
  const helmops = allowed('helmops', s.helmops);

  let stale = 0;
  let neverSeen = 0;
  let ready = 0;
  for (const c of clusters ?? []) {
    const contact = agentContact(c.obj as never, now, staleAfterMs);
    if (contact === 'never') neverSeen++;
    else if (contact === 'stale') stale++;
    if (c.state === 'Ready' && contact === 'recent') ready++;
  }

  const worstGitRepos = worstOffenders(
    gitrepos ?? [],
    (e) => ({ state: e.state ?? 'Ready', failing: Math.max(0, num(e.obj.status?.desiredReadyClusters) - num(e.obj.status?.readyClusters)), name: e.key }),
    8,
  ).map((e) => ({
    namespace: e.obj.metadata.namespace ?? '',
    name: e.obj.metadata.name,
    state: e.state ?? 'Ready',
    failing: Math.max(0, num(e.obj.status?.desiredReadyClusters) - num(e.obj.status?.readyClusters)),
    total: num(e.obj.status?.desiredReadyClusters),
    message: gitRepoState(e.obj as unknown as ObjectLike).message,
  }));
  const worstClusters = worstOffenders(clusters ?? [], (e) => ({ state: e.state ?? 'Ready', failing: failingOf(e), name: e.key }), 8).map((e) => ({
    namespace: e.obj.metadata.namespace ?? '',
    name: e.obj.metadata.name,
    state: e.state ?? 'Ready',
    failing: failingOf(e),
    total: num(summaryOf(e).desiredReady),
    lastSeen: (obj(e.obj.status?.agent).lastSeen as string | undefined) ?? undefined,
  }));

  const recent: Overview['recent'] = [];
  const consider = (kind: 'GitRepo' | 'Bundle' | 'Cluster', list: Entry[] | undefined) => {
    for (const e of list ?? []) {
      const ch = lastChange(e);
      if (ch) recent.push({ kind, namespace: e.obj.metadata.namespace ?? '', name: e.obj.metadata.name, state: e.state ?? 'Ready', ...ch });
    }
  };
  consider('GitRepo', gitrepos);
  consider('Bundle', bundles);
  consider('Cluster', clusters);
  recent.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.name.localeCompare(b.name));

  return {
    gitrepos: gitrepos
      ? {
          ...counts(gitrepos),
          gitUpdating: gitrepos.filter((e) => e.state === 'GitUpdating').length,
          paused: gitrepos.filter((e) => e.obj.spec?.paused === true).length,
          pinned: gitrepos.filter((e) => isGitRepoPinned({ spec: (e.obj.spec ?? {}) as GitRepo['spec'] })).length,
        }
      : null,
    helmops: helmops
      ? {
          ...counts(helmops),
          paused: helmops.filter((e) => e.obj.spec?.paused === true).length,
          pinned: helmops.filter((e) => isHelmOpPinned({ spec: (e.obj.spec ?? {}) as HelmOp['spec'] })).length,
        }
      : null,
    clusters: clusters ? { ...counts(clusters), ready, notReady: clusters.length - ready, stale, neverSeen } : null,
    bundles: bundles ? counts(bundles) : null,
    bundledeployments: bds ? counts(bds) : null,
    worstGitRepos,
    worstClusters,
    recent: recent.slice(0, 15),
    forbidden: s.forbidden,
    parts: s.parts,
    generatedAt: new Date(now).toISOString(),
  };
}
