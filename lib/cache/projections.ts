// Trim objects to what the UI reads before they enter the cache. A projection keeps the object's own shape, so the
// lenient zod schemas in lib/fleet/kinds parse it like the full object; only heavy or write-side fields go:
// managedFields, apply annotations, Bundle contents, helm values copied into every BundleDeployment, per-resource
// and per-cluster status lists that grow with the fleet.
import { CACHE_KINDS, LABEL_BUNDLE, LABEL_BUNDLE_NS, LABEL_CLUSTER, LABEL_CLUSTER_NS, LABEL_HELMOP, LABEL_REPO, type CacheKind } from './kinds';
import type { KubeObject, ObjectMeta } from './types';

const DROP_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'objectset.rio.cattle.io/applied', // wrangler apply: gzipped copy of the object
]);
/** Annotation values above this are someone's payload, not something a list shows. */
const MAX_ANNOTATION_VALUE = 2048;
const MAX_PATCH = 1024;
const MAX_STATUS_LIST = 10;
const MAX_BUNDLE_RESOURCE_NAMES = 100;

// 100,000 BundleDeployments repeat the same few label values, namespaces and condition words; sharing one string
// per value saves tens of MB. Bounded so a churn of unique values cannot grow it forever.
const interned = new Map<string, string>();
const MAX_INTERNED = 200_000;
export function intern(s: string): string {
  const hit = interned.get(s);
  if (hit !== undefined) return hit;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(s, s);
  return s;
}

/** Strings up to this length are worth sharing: states, timestamps, namespaces, reasons, short messages. */
const MAX_INTERN_LENGTH = 96;

/**
 * Interns the short strings of a freshly parsed JSON subtree in place (it is ours alone: nothing else points into a
 * parsed watch event). 10,000 clusters and 13,000 bundles repeat condition timestamps, states and namespaces.
 */
export function internDeep<T>(v: T, depth = 0): T {
  if (depth > 12 || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'string') {
        if (x.length <= MAX_INTERN_LENGTH) v[i] = intern(x);
      } else internDeep(x, depth + 1);
    }
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (typeof x === 'string') {
      if (x.length <= MAX_INTERN_LENGTH) o[k] = intern(x);
    } else internDeep(x, depth + 1);
  }
  return v;
}

/**
 * Hash-consing of small JSON subtrees: 100,000 BundleDeployments mostly carry one of a few dozen distinct statuses
 * (Ready with the same conditions, the same deployment IDs), so equal ones share one object. Stored objects are never
 * mutated (queries and row mappers only read them), which is what makes sharing safe. Only a number per distinct
 * value is kept as key, so unique values cost a map entry, not a second copy.
 */
const shared = new Map<number, unknown[]>();
const MAX_SHARED = 100_000;
const MAX_SHARED_JSON = 4096;
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
export function share<T>(v: T): T {
  if (v === undefined || v === null || typeof v !== 'object') return v;
  const json = JSON.stringify(v);
  if (json.length > MAX_SHARED_JSON) return v;
  const h = fnv1a(json);
  const bucket = shared.get(h);
  if (bucket) {
    for (const c of bucket) if (JSON.stringify(c) === json) return c as T;
    bucket.push(v);
    return v;
  }
  if (shared.size >= MAX_SHARED) shared.clear();
  shared.set(h, [v]);
  return v;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function internMap(m: unknown, drop?: (k: string, v: string) => boolean): Record<string, string> | undefined {
  if (!isObj(m)) return undefined;
  const out: Record<string, string> = {};
  let n = 0;
  for (const [k, v] of Object.entries(m)) {
    if (typeof v !== 'string' || drop?.(k, v)) continue;
    out[intern(k)] = intern(v);
    n++;
  }
  return n ? out : undefined;
}

export function projectMeta(m: ObjectMeta): ObjectMeta {
  const out: ObjectMeta = { name: m.name };
  if (m.namespace) out.namespace = intern(m.namespace);
  if (m.uid) out.uid = m.uid;
  if (m.resourceVersion) out.resourceVersion = m.resourceVersion;
  if (m.generation !== undefined) out.generation = m.generation;
  // Objects are created in bursts (one per cluster per bundle): timestamps repeat.
  if (m.creationTimestamp) out.creationTimestamp = intern(m.creationTimestamp);
  if (m.deletionTimestamp) out.deletionTimestamp = m.deletionTimestamp;
  const labels = internMap(m.labels);
  if (labels) out.labels = labels;
  const ann = internMap(m.annotations, (k, v) => DROP_ANNOTATIONS.has(k) || v.length > MAX_ANNOTATION_VALUE);
  if (ann) out.annotations = ann;
  if (Array.isArray(m.ownerReferences) && m.ownerReferences.length) out.ownerReferences = m.ownerReferences;
  if (Array.isArray(m.finalizers) && m.finalizers.length) out.finalizers = m.finalizers.map(intern);
  return out;
}

function conditions(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.map((c) => {
    if (!isObj(c)) return c;
    const out: Obj = { ...c };
    for (const k of ['type', 'status', 'reason'] as const) if (typeof c[k] === 'string') out[k] = intern(c[k]);
    return out;
  });
}

/** BD conditions without timestamps (each a unique 20-char string ×4 conditions ×100,000 BDs) or empty messages. */
function slimCondition(c: unknown): unknown {
  if (!isObj(c)) return c;
  const out: Obj = { type: c.type, status: c.status };
  if (c.reason) out.reason = c.reason;
  if (c.message) out.message = c.message;
  return out;
}

function cap<T>(v: unknown, n: number, map: (x: T) => T = (x) => x): T[] | undefined {
  return Array.isArray(v) ? (v as T[]).slice(0, n).map(map) : undefined;
}

/** A copy that does not point into `s`: V8's slice() keeps the whole parent string alive (a 100 KB patch per BD). */
const detached = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

function modified(m: Obj): Obj {
  return typeof m.patch === 'string' && m.patch.length > MAX_PATCH ? { ...m, patch: detached(`${m.patch.slice(0, MAX_PATCH)}…`) } : m;
}

function nonReadyResources(summary: unknown): unknown {
  if (!isObj(summary) || !Array.isArray(summary.nonReadyResources)) return summary;
  return {
    ...summary,
    nonReadyResources: summary.nonReadyResources.slice(0, MAX_STATUS_LIST).map((r: unknown) =>
      isObj(r)
        ? {
            ...r,
            ...(r.modifiedStatus ? { modifiedStatus: cap<Obj>(r.modifiedStatus, MAX_STATUS_LIST, modified) } : {}),
            ...(r.nonReadyStatus ? { nonReadyStatus: cap<Obj>(r.nonReadyStatus, MAX_STATUS_LIST) } : {}),
          }
        : r,
    ),
  };
}

/** Copies `status` with the given keys removed and summaries/conditions normalised. */
function status(s: unknown, drop: readonly string[] = []): Obj | undefined {
  if (!isObj(s)) return undefined;
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (drop.includes(k)) continue;
    if (k === 'conditions') out[k] = conditions(v);
    else if (k === 'summary') out[k] = nonReadyResources(v);
    else out[k] = v;
  }
  return out;
}

function withSpec(obj: KubeObject, spec: Obj | undefined, st: Obj | undefined, kind: CacheKind): KubeObject {
  const k = CACHE_KINDS[kind];
  const out: KubeObject = {
    apiVersion: k.group ? `${k.group}/${k.version}` : k.version,
    kind: k.kind,
    metadata: projectMeta(obj.metadata),
  };
  if (spec) out.spec = spec;
  if (st) out.status = st;
  return out;
}

/** Most kinds: spec and status kept, their short strings interned. */
function withInternedSpec(obj: KubeObject, spec: Obj | undefined, st: Obj | undefined, kind: CacheKind): KubeObject {
  return withSpec(obj, internDeep(spec), internDeep(st), kind);
}

/** The labels a BundleDeployment is indexed, listed and searched by (Fleet's identity labels; commit, managed and
 * the rest are not shown), always in this order so every BD's label object shares one shape. */
const BD_LABELS = [LABEL_BUNDLE, LABEL_BUNDLE_NS, LABEL_CLUSTER, LABEL_CLUSTER_NS, LABEL_REPO, LABEL_HELMOP] as const;
function bdLabels(labels: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!labels) return undefined;
  let out: Record<string, string> | undefined;
  for (const k of BD_LABELS) if (labels[k] !== undefined) (out ??= {})[k] = labels[k];
  return out;
}

const projectors: Record<CacheKind, (o: KubeObject) => KubeObject> = {
  // Status lists per resource and per cluster grow with the fleet (10k clusters → 10k map entries).
  gitrepos: (o) => withInternedSpec(o, o.spec, status(o.status, ['resources', 'perClusterResourceCounts']), 'gitrepos'),
  helmops: (o) => withInternedSpec(o, o.spec, status(o.status, ['resources', 'perClusterResourceCounts']), 'helmops'),
  bundles: (o) => {
    const spec = isObj(o.spec) ? { ...o.spec } : {};
    // Contents of the bundle (manifests, charts): keep names only.
    if (Array.isArray(spec.resources)) {
      spec.resources = (spec.resources as Obj[])
        .slice(0, MAX_BUNDLE_RESOURCE_NAMES)
        .map((r) => ({ name: r.name, ...(r.encoding ? { encoding: r.encoding } : {}) }));
    }
    return withInternedSpec(o, spec, status(o.status, ['resourceKey']), 'bundles');
  },
  bundledeployments: (o) => {
    // options/stagedOptions repeat the Bundle's helm values in every deployment: the heaviest part of a BD.
    // status.resources (every deployed object) is left out too: ×100,000 it dominates memory; resourceCounts stays,
    // and a detail view that needs the list reads that one BundleDeployment from the API server.
    const { options: _o, stagedOptions: _s, ...spec } = (o.spec ?? {}) as Obj;
    void _o;
    void _s;
    const st = status(o.status, ['resources', 'modifiedStatus', 'nonReadyStatus']);
    if (st && isObj(o.status)) {
      const s = o.status;
      // The same drift (an HPA's replicas, a missing ConfigMap) repeats across clusters: share equal entries.
      if (s.modifiedStatus) st.modifiedStatus = cap<Obj>(s.modifiedStatus, MAX_STATUS_LIST, (m) => share(modified(m)));
      if (s.nonReadyStatus) st.nonReadyStatus = cap<Obj>(s.nonReadyStatus, MAX_STATUS_LIST, share);
      if (typeof s.release === 'string') st.release = intern(s.release);
      if (typeof s.appliedDeploymentID === 'string') st.appliedDeploymentID = intern(s.appliedDeploymentID);
      if (isObj(s.display)) st.display = internMap(s.display) ?? s.display;
    }
    for (const k of ['deploymentID', 'stagedDeploymentID'] as const) if (typeof spec[k] === 'string') spec[k] = intern(spec[k]);
    if (st && Array.isArray(st.conditions)) st.conditions = share(st.conditions.map(slimCondition));
    // Equal statuses and specs (same bundle revision, same outcome) share one object across clusters.
    // Interned before hash-consing: a shared subtree is then never walked again for the next deployment sharing it.
    const out = withSpec(o, share(internDeep(spec)), share(internDeep(st)), 'bundledeployments');
    // ×100,000 every field costs megabytes: a BD's uid, generation, finalizers and annotations are not shown in lists.
    const { uid: _u, generation: _g, finalizers: _f, annotations: _a, ownerReferences: _r, labels, ...meta } = out.metadata;
    void [_u, _g, _f, _a, _r];
    out.metadata = { ...meta, name: intern(meta.name) };
    const kept = bdLabels(labels);
    if (kept) out.metadata.labels = kept;
    return out;
  },
  clusters: (o) => withInternedSpec(o, o.spec, status(o.status), 'clusters'),
  clustergroups: (o) => withInternedSpec(o, o.spec, status(o.status), 'clustergroups'),
  clusterregistrationtokens: (o) => withInternedSpec(o, o.spec, status(o.status), 'clusterregistrationtokens'),
  // Top-level fields, no spec/status (pkg/apis/fleet.cattle.io/v1alpha1/gitreporestriction_types.go in Fleet v0.16.0): keep everything but heavy metadata.
  gitreporestrictions: (o) => ({ ...o, apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepoRestriction', metadata: projectMeta(o.metadata) }),
  namespaces: (o) => {
    const phase = isObj(o.status) && typeof o.status.phase === 'string' ? { phase: o.status.phase } : undefined;
    return withSpec(o, undefined, phase, 'namespaces');
  },
};

/** Cheap structural check (no zod on the hot path): anything without metadata.name cannot be stored. */
export function isStorable(o: unknown): o is KubeObject {
  return isObj(o) && isObj(o.metadata) && typeof o.metadata.name === 'string' && o.metadata.name !== '';
}

export function project(kind: CacheKind, raw: KubeObject): KubeObject {
  return projectors[kind](raw);
}
