// Troubleshooting findings kept up to date as objects change, instead of every detector over the whole workspace
// (~100,000 BundleDeployments) on every request. Each change re-classifies that one object: is it a candidate for
// some detector (a stalled GitRepo, a bundle with ErrApplied, a Windows cluster, an agent not reporting…)? A request
// then runs the very same detectors (runDetectors) over the candidates in the person's workspaces only, plus the
// BundleDeployments they need, read through the cache's indexes. The detectors are order-independent (they sort what
// they list), so the answer equals a full pass; incremental.test.ts checks that after random changes.
import { DEFAULT_AGENT_STALE_MS } from '../rollup';
import { agentBundleModified, agentRedeployPending } from './agent';
import { bundleApplyError } from './bundle-apply-error';
import { gitRepoStalled } from './gitrepo-stalled';
import { helmDependenciesMissing } from './helm-deps';
import { DETECTORS, sortFindings } from './index';
import { isProxyVar, proxyEnvMissing, proxyVarsOf } from './proxy';
import { SECRET_FIELDS } from './secrets';
import type { BundleDeploymentIn, BundleIn, ClusterGroupIn, ClusterIn, DetectorInput, Finding, GitRepoIn, SecretExistence } from './types';
import { key, LABEL_BUNDLE, LABEL_BUNDLE_NS, LABEL_CLUSTER, LABEL_CLUSTER_NS } from './util';
import { isWindowsCluster } from './windows';

/** The kinds whose changes are followed; BundleDeployments are read on demand through BundleDeploymentLookup. */
export type FollowedKind = 'gitrepos' | 'bundles' | 'clusters' | 'clustergroups';
type ObjOf<K extends FollowedKind> = { gitrepos: GitRepoIn; bundles: BundleIn; clusters: ClusterIn; clustergroups: ClusterGroupIn }[K];

/** Where the BundleDeployments live (the cache's bundle and cluster indexes); may answer more, never fewer. */
export interface BundleDeploymentLookup {
  /** BundleDeployments of the Bundle "namespace/name". */
  ofBundle(bundleKey: string): Iterable<BundleDeploymentIn>;
  /** BundleDeployments on the Cluster "namespace/name". */
  onCluster(clusterKey: string): Iterable<BundleDeploymentIn>;
  /** Changes whenever any BundleDeployment changed (without it, detectors that read them are never memoised). */
  version?(): number;
}

type DetectorRead = FollowedKind | 'bundledeployments' | 'clock';
/**
 * What each detector's answer depends on, for the memo in findings(): a per-object detector over candidates depends
 * on its kinds only (objects added for another detector never yield its findings). Not listed: run every time
 * (missingSecret: the person's Secret answers; cheap). incremental.test.ts checks the answers against full passes.
 */
const DETECTOR_READS: Readonly<Record<string, readonly DetectorRead[]>> = {
  gitRepoStalled: ['gitrepos'],
  helmDependenciesMissing: ['gitrepos', 'bundles'],
  bundleApplyError: ['bundles'],
  agentBundleModified: ['bundles', 'bundledeployments'],
  agentRedeployPending: ['clusters'],
  agentsNotReporting: ['clusters', 'clock'],
  windowsScheduling: ['clusters', 'bundles', 'bundledeployments'],
};
const MAX_DETECTOR_MEMO = 256;

export interface FindingsQuery {
  workspaces: 'all' | readonly string[];
  now: number;
  staleAfterMs?: number;
  secretExists?: SecretExistence;
}

const one = (p: Partial<DetectorInput>): DetectorInput => ({ now: 0, gitrepos: [], bundles: [], bundledeployments: [], clusters: [], clustergroups: [], ...p });

/** The workspace a BundleDeployment counts in (its bundle-namespace label), as the cache derives it. */
const bdWorkspace = (bd: BundleDeploymentIn) => bd.metadata.labels?.[LABEL_BUNDLE_NS] || bd.metadata.namespace || '';
const bdBundle = (bd: BundleDeploymentIn) => key(bd.metadata.labels?.[LABEL_BUNDLE_NS], bd.metadata.labels?.[LABEL_BUNDLE] ?? '');
const bdCluster = (bd: BundleDeploymentIn) => key(bd.metadata.labels?.[LABEL_CLUSTER_NS], bd.metadata.labels?.[LABEL_CLUSTER] ?? '');

export class IncrementalFindings {
  private readonly objects: { [K in FollowedKind]: Map<string, ObjOf<K>> } = {
    gitrepos: new Map(),
    bundles: new Map(),
    clusters: new Map(),
    clustergroups: new Map(),
  };
  /** GitRepos a detector may report: a Secret reference, a Stalled condition, a Helm dependency error. */
  private readonly gitrepoCandidates = new Set<string>();
  /** Bundles with ErrApplied, missing Helm dependencies, or an agent bundle in Modified. */
  private readonly bundleCandidates = new Set<string>();
  /** Agent bundles in Modified: their BundleDeployments' drift goes into the explanation. */
  private readonly modifiedAgentBundles = new Set<string>();
  /** Clusters with a pending agent redeploy. */
  private readonly redeployPending = new Set<string>();
  private readonly windowsClusters = new Set<string>();
  /** Every Cluster's agent lastSeen in ms (NaN: never); a request compares them with its clock. */
  private readonly lastSeen = new Map<string, { ns: string; ms: number }>();
  /** Per namespace, Clusters whose agent has proxy variables: only their groups can lack them. */
  private readonly proxied = new Map<string, Set<string>>();
  /**
   * The proxy detector reads every Cluster and ClusterGroup of a namespace where some agent has proxy variables: its
   * findings are kept per namespace, recomputed only when what it reads changed there (a Cluster's labels or proxy
   * variables, a ClusterGroup's selector, one added or removed), not on every agent heartbeat.
   */
  private readonly proxyInputs = new Map<string, number>();
  private readonly proxySignature = new Map<string, string>();
  private readonly proxyMemo = new Map<string, { version: number; findings: Finding[] }>();
  /** Bumped on every change of a kind: what the detector memo is keyed by. */
  private readonly versions: Record<FollowedKind, number> = { gitrepos: 0, bundles: 0, clusters: 0, clustergroups: 0 };
  private readonly detectorMemo = new Map<string, { versions: string; findings: Finding[] }>();
  /** Applied changes, and proxy detector passes (tests and the bench read them). */
  changes = 0;
  proxyPasses = 0;

  constructor(private readonly bds: BundleDeploymentLookup) {}

  upsert<K extends FollowedKind>(kind: K, obj: ObjOf<K>): void {
    const k = key(obj.metadata.namespace, obj.metadata.name);
    this.forget(kind, k);
    (this.objects[kind] as Map<string, ObjOf<K>>).set(k, obj);
    this.changes++;
    this.versions[kind]++;
    const ns = obj.metadata.namespace ?? '';
    if (kind === 'clusters' || kind === 'clustergroups') this.proxyInput(kind, k, ns, proxySignature(kind, obj as ClusterIn & ClusterGroupIn));
    switch (kind) {
      case 'gitrepos': {
        const g = obj as GitRepoIn;
        if (SECRET_FIELDS.some((f) => g.spec?.[f]) || gitRepoStalled(one({ gitrepos: [g] })).length || helmDependenciesMissing(one({ gitrepos: [g] })).length) {
          this.gitrepoCandidates.add(k);
        }
        break;
      }
      case 'bundles': {
        const b = obj as BundleIn;
        const agentModified = agentBundleModified(one({ bundles: [b] })).length > 0;
        if (agentModified) this.modifiedAgentBundles.add(k);
        if (agentModified || bundleApplyError(one({ bundles: [b] })).length || helmDependenciesMissing(one({ bundles: [b] })).length) this.bundleCandidates.add(k);
        break;
      }
      case 'clusters': {
        const c = obj as ClusterIn;
        const seen = c.status?.agent?.lastSeen;
        this.lastSeen.set(k, { ns, ms: seen ? Date.parse(seen) : NaN });
        if (agentRedeployPending(one({ clusters: [c] })).length) this.redeployPending.add(k);
        if (isWindowsCluster(c)) this.windowsClusters.add(k);
        if (proxyVarsOf(c).size > 0) {
          let s = this.proxied.get(ns);
          if (!s) this.proxied.set(ns, (s = new Set()));
          s.add(k);
        }
        break;
      }
      case 'clustergroups':
        break;
    }
  }

  remove(kind: FollowedKind, namespace: string | undefined, name: string): void {
    if (kind === 'clusters' || kind === 'clustergroups') this.proxyInput(kind, key(namespace, name), namespace ?? '', undefined);
    this.forget(kind, key(namespace, name));
    this.changes++;
    this.versions[kind]++;
  }

  private forget(kind: FollowedKind, k: string): void {
    const old = this.objects[kind].get(k);
    if (!old) return;
    this.objects[kind].delete(k);
    if (kind === 'gitrepos') this.gitrepoCandidates.delete(k);
    if (kind === 'bundles') {
      this.bundleCandidates.delete(k);
      this.modifiedAgentBundles.delete(k);
    }
    if (kind === 'clusters') {
      this.lastSeen.delete(k);
      this.redeployPending.delete(k);
      this.windowsClusters.delete(k);
      const ns = old.metadata.namespace ?? '';
      const s = this.proxied.get(ns);
      if (s?.delete(k) && s.size === 0) this.proxied.delete(ns);
    }
  }

  /**
   * What runDetectors answers over every object in `workspaces`, from the candidates only. Each detector's answer is
   * kept until something it reads changes (DETECTOR_READS): a GitRepo status write re-runs the GitRepo detectors, not
   * the one listing every silent agent of 10,000 clusters.
   */
  findings(q: FindingsQuery): Finding[] {
    const ws = q.workspaces === 'all' ? undefined : new Set(q.workspaces);
    const wsKey = q.workspaces === 'all' ? '*' : [...q.workspaces].sort().join(',');
    const inScope = (ns: string | undefined) => !ws || ws.has(ns ?? '');
    let input: DetectorInput | undefined;
    const out: Finding[] = [];
    for (const [name, detect] of Object.entries(DETECTORS)) {
      if (detect === proxyEnvMissing) continue; // per namespace, below
      const reads = DETECTOR_READS[name];
      // One memo entry per detector and workspace selection, holding the versions its answer was computed at.
      const versions = reads?.map((r) => this.readVersion(r, q)).join('|');
      const id = `${name}\u0000${wsKey}`;
      const hit = this.detectorMemo.get(id);
      if (versions !== undefined && hit?.versions === versions) {
        out.push(...hit.findings);
        continue;
      }
      const findings = detect((input ??= this.candidates(q, inScope)));
      if (versions !== undefined) {
        if (this.detectorMemo.size >= MAX_DETECTOR_MEMO) this.detectorMemo.clear();
        this.detectorMemo.set(id, { versions, findings });
      }
      out.push(...findings);
    }
    for (const ns of this.proxied.keys()) if (inScope(ns)) out.push(...this.proxyFindingsIn(ns));
    return sortFindings(out);
  }

  /** A version of what a detector reads: changes whenever that input may have. NaN (never equal) when unknown. */
  private readVersion(r: DetectorRead, q: FindingsQuery): string | number {
    if (r === 'bundledeployments') return this.bds.version?.() ?? NaN;
    if (r === 'clock') return `${q.now}/${q.staleAfterMs ?? DEFAULT_AGENT_STALE_MS}`;
    return this.versions[r];
  }

  /** The detectors' input: candidates in scope, plus the BundleDeployments and Bundles they need. */
  private candidates(q: FindingsQuery, inScope: (ns: string | undefined) => boolean): DetectorInput {
    const pick = <K extends FollowedKind>(kind: K, keys: Iterable<string>, into: Map<string, ObjOf<K>>) => {
      for (const k of keys) {
        const o = this.objects[kind].get(k);
        if (o && inScope(o.metadata.namespace)) into.set(k, o);
      }
      return into;
    };
    const gitrepos = pick('gitrepos', this.gitrepoCandidates, new Map());
    const bundles = pick('bundles', this.bundleCandidates, new Map());
    const stale = q.staleAfterMs ?? DEFAULT_AGENT_STALE_MS;
    const silent: string[] = [];
    for (const [k, s] of this.lastSeen) if (inScope(s.ns) && (Number.isNaN(s.ms) || q.now - s.ms > stale)) silent.push(k);
    const clusters = pick('clusters', [...silent, ...this.redeployPending, ...this.windowsClusters], new Map());
    const deployments = new Set<BundleDeploymentIn>();
    for (const bk of this.modifiedAgentBundles) {
      if (!bundles.has(bk)) continue;
      for (const bd of this.bds.ofBundle(bk)) if (bdBundle(bd) === bk) deployments.add(bd);
    }
    for (const ck of this.windowsClusters) {
      if (!clusters.has(ck)) continue;
      for (const bd of this.bds.onCluster(ck)) {
        if (bdCluster(bd) !== ck || !inScope(bdWorkspace(bd))) continue;
        deployments.add(bd);
        const b = this.objects.bundles.get(bdBundle(bd));
        if (b && inScope(b.metadata.namespace)) bundles.set(bdBundle(bd), b);
      }
    }
    return {
      now: q.now,
      staleAfterMs: q.staleAfterMs,
      secretExists: q.secretExists,
      gitrepos: [...gitrepos.values()],
      bundles: [...bundles.values()],
      bundledeployments: [...deployments],
      clusters: [...clusters.values()],
      clustergroups: [],
    };
  }

  /** A Cluster or ClusterGroup changed (signature undefined: removed): a new version of its namespace's proxy input when it matters. */
  private proxyInput(kind: 'clusters' | 'clustergroups', k: string, ns: string, signature: string | undefined): void {
    const id = `${kind}\u0000${k}`;
    if (this.proxySignature.get(id) === signature) return;
    if (signature === undefined) this.proxySignature.delete(id);
    else this.proxySignature.set(id, signature);
    this.proxyInputs.set(ns, (this.proxyInputs.get(ns) ?? 0) + 1);
  }

  /** The proxy detector over every Cluster and ClusterGroup of `ns`, memoised per version of its input. */
  private proxyFindingsIn(ns: string): Finding[] {
    const version = this.proxyInputs.get(ns) ?? 0;
    const hit = this.proxyMemo.get(ns);
    if (hit?.version === version) return hit.findings;
    const inNs = <T extends { metadata: { namespace?: string } }>(m: Map<string, T>) => [...m.values()].filter((o) => (o.metadata.namespace ?? '') === ns);
    const clustergroups = inNs(this.objects.clustergroups);
    this.proxyPasses++;
    const findings = clustergroups.length ? proxyEnvMissing(one({ clusters: inNs(this.objects.clusters), clustergroups })) : [];
    this.proxyMemo.set(ns, { version, findings });
    return findings;
  }
}

/** What the proxy detector reads of a Cluster (labels for group selectors, proxy variables) or ClusterGroup (selector). */
function proxySignature(kind: 'clusters' | 'clustergroups', o: ClusterIn & ClusterGroupIn): string {
  if (kind === 'clustergroups') return JSON.stringify(o.spec?.selector ?? null);
  const vars = (o.spec?.agentEnvVars ?? []).filter((e) => isProxyVar(e.name));
  return JSON.stringify([o.metadata.labels ?? {}, vars]);
}
