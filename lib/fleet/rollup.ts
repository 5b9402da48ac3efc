// UI rollups over projections: "x/y" ready strings, counts per state, worst-first ordering, agent staleness.
import { durationMs } from './go-duration';
import { OBJECT_STATES, objectStateRank, type ObjectState } from './object-state';

export interface ReadyFraction {
  ready: number;
  total: number;
  /** ClusterGroup display.readyClusters lists up to 10 non-ready clusters: "2/3 (c-a,c-b)". */
  nonReady?: string[];
}

const FRACTION_RE = /^\s*(\d+)\s*\/\s*(\d+)\s*(?:\((.*)\))?\s*$/;

/** Parses Fleet's "%d/%d" display strings (readyClusters, readyBundles, readyBundleDeployments). */
export function parseReadyFraction(s: string | null | undefined): ReadyFraction | undefined {
  const m = s ? FRACTION_RE.exec(s) : null;
  if (!m) return undefined;
  const out: ReadyFraction = { ready: Number(m[1]), total: Number(m[2]) };
  if (m[3] !== undefined) out.nonReady = m[3].split(',').map((x) => x.trim()).filter(Boolean);
  return out;
}

export function formatReadyFraction(f: { ready: number; total: number }): string {
  return `${f.ready}/${f.total}`;
}

/** True when nothing is expected or everything expected is ready (Fleet's IsReady on the fraction). */
export function isFractionReady(f: ReadyFraction | undefined): boolean {
  return !f || f.ready === f.total;
}

/** Counts per state the dashboard shows (BundleStates plus NotProcessed, GitUpdating, Error). */
export type StateCounts = Record<ObjectState, number>;

export function zeroStateCounts(): StateCounts {
  return Object.fromEntries(OBJECT_STATES.map((s) => [s, 0])) as StateCounts;
}

/** Counts per state over items; items whose state is undefined are skipped. */
export function countByState<T>(items: Iterable<T>, stateOf: (item: T) => ObjectState | undefined): StateCounts {
  const counts = zeroStateCounts();
  for (const item of items) {
    const s = stateOf(item);
    if (s) counts[s] += 1;
  }
  return counts;
}

export interface OffenderKey {
  state: ObjectState;
  /** e.g. failing clusters of a GitRepo, failing bundles of a cluster */
  failing: number;
  name: string;
}

/** Orders worst first: higher state rank, then more failing, then name. */
export function compareOffenders(a: OffenderKey, b: OffenderKey): number {
  return objectStateRank(b.state) - objectStateRank(a.state) || b.failing - a.failing || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The `limit` worst non-Ready items, worst first (Ready items or items with nothing failing are left out). */
export function worstOffenders<T>(items: Iterable<T>, keyOf: (item: T) => OffenderKey, limit = 10): T[] {
  const keyed: { item: T; key: OffenderKey }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key.state !== 'Ready' || key.failing > 0) keyed.push({ item, key });
  }
  return keyed
    .sort((a, b) => compareOffenders(a.key, b.key))
    .slice(0, limit)
    .map((k) => k.item);
}

/** Fleet agents report every agentCheckinInterval (default 15m): one missed check-in is not yet an outage, two are. */
export const DEFAULT_AGENT_STALE_MS = 30 * 60 * 1000;
const MIN_AGENT_STALE_MS = 60 * 1000;

/**
 * The silence after which an agent counts as not reporting, from the manager's `agentCheckinInterval` (the
 * fleet-controller ConfigMap's config, internal/config/config.go): two missed check-ins, at least a minute.
 */
export function agentStaleAfterMs(checkinInterval: string | undefined): number {
  const ms = durationMs(checkinInterval);
  return ms === undefined || ms <= 0 ? DEFAULT_AGENT_STALE_MS : Math.max(2 * ms, MIN_AGENT_STALE_MS);
}

export type AgentContact = 'never' | 'stale' | 'recent';

type ClusterWithAgent = { status?: { agent?: { lastSeen?: string | null } | null } | null };

/** 'never' when the agent has not checked in (lastSeen null/absent/unparseable → Fleet's WaitCheckIn). */
export function agentContact(cluster: ClusterWithAgent, now: Date | number, thresholdMs = DEFAULT_AGENT_STALE_MS): AgentContact {
  const seen = cluster.status?.agent?.lastSeen;
  const t = seen ? Date.parse(seen) : NaN;
  if (Number.isNaN(t)) return 'never';
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return nowMs - t > thresholdMs ? 'stale' : 'recent';
}

/** True when the agent was last seen more than thresholdMs before now, or never. */
export function agentIsStale(cluster: ClusterWithAgent, now: Date | number, thresholdMs = DEFAULT_AGENT_STALE_MS): boolean {
  return agentContact(cluster, now, thresholdMs) !== 'recent';
}
