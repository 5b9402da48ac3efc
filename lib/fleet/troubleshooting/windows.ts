// Windows clusters: Fleet keeps its own agent on Linux nodes, but user workloads need their own nodeSelector /
// tolerations — Fleet adds none. A bundle deployed to a Windows (mixed) cluster
// without any Windows scheduling hint lands wherever the scheduler puts it.
import { bundleDeploymentState } from '../state';
import { isAgentBundleName } from './agent';
import type { BundleIn, ClusterIn, Detector, Finding } from './types';
import { byText, key, LABEL_BUNDLE, LABEL_BUNDLE_NS, LABEL_CLUSTER, LABEL_CLUSTER_NS, listNames, n, ref } from './util';

export function isWindowsCluster(c: ClusterIn): boolean {
  const l = c.metadata.labels ?? {};
  if (l.os === 'windows' || l['kubernetes.io/os'] === 'windows' || l['cattle.io/os'] === 'windows') return true;
  return (c.spec?.agentTolerations ?? []).some((t) => t.value === 'windows');
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks helm values / options for nodeSelector or tolerations that mention windows. */
function mentionsWindowsScheduling(v: unknown, depth = 0): boolean {
  if (depth > 12) return false;
  if (Array.isArray(v)) return v.some((x) => mentionsWindowsScheduling(x, depth + 1));
  if (!isObj(v)) return false;
  for (const [k, val] of Object.entries(v)) {
    if ((k === 'nodeSelector' || k === 'tolerations' || k === 'affinity') && /windows/i.test(JSON.stringify(val ?? ''))) return true;
    if (mentionsWindowsScheduling(val, depth + 1)) return true;
  }
  return false;
}

const MANIFEST_RE = /kubernetes\.io\/os["']?\s*:\s*["']?windows|value["']?\s*:\s*["']?windows/i;

/** Per Bundle object: the cache never mutates one (a change is a new object), and the walk costs ~50 µs a bundle. */
const windowsScheduled = new WeakMap<BundleIn, boolean>();

/** True when the bundle's options, per-target options or (when present) manifests set Windows scheduling. */
export function bundleHasWindowsScheduling(b: BundleIn): boolean {
  let v = windowsScheduled.get(b);
  if (v === undefined) {
    const { resources, ...options } = (b.spec ?? {}) as Record<string, unknown>;
    v = mentionsWindowsScheduling(options) || (Array.isArray(resources) && resources.some((r) => isObj(r) && typeof r.content === 'string' && MANIFEST_RE.test(r.content)));
    windowsScheduled.set(b, v);
  }
  return v;
}

export const windowsScheduling: Detector = ({ clusters, bundles, bundledeployments }) => {
  const windows = new Set(clusters.filter(isWindowsCluster).map((c) => key(c.metadata.namespace, c.metadata.name)));
  if (windows.size === 0) return [];
  const onWindows = new Map<string, { cluster: string; ready: boolean }[]>();
  for (const bd of bundledeployments) {
    const l = bd.metadata.labels ?? {};
    const ck = key(l[LABEL_CLUSTER_NS], l[LABEL_CLUSTER] ?? '');
    if (!windows.has(ck)) continue;
    const bk = key(l[LABEL_BUNDLE_NS], l[LABEL_BUNDLE] ?? '');
    let list = onWindows.get(bk);
    if (!list) onWindows.set(bk, (list = []));
    list.push({ cluster: l[LABEL_CLUSTER] ?? '', ready: bundleDeploymentState({ spec: bd.spec, status: { ...bd.status, conditions: bd.status?.conditions ?? undefined } }) === 'Ready' });
  }
  const out: Finding[] = [];
  const quiet: BundleIn[] = [];
  for (const b of bundles) {
    if (isAgentBundleName(b.metadata.name)) continue;
    const targets = onWindows.get(key(b.metadata.namespace, b.metadata.name));
    if (!targets || bundleHasWindowsScheduling(b)) continue;
    // By cluster name, and the quiet bundles by key below: the same text whatever order objects came in.
    const failing = targets.filter((t) => !t.ready).sort((a, b) => byText(a.cluster, b.cluster));
    if (failing.length === 0) {
      quiet.push(b);
      continue;
    }
    out.push({
      id: `windows-scheduling:${key(b.metadata.namespace, b.metadata.name)}`,
      detector: 'windows-scheduling',
      severity: 'warning',
      title: `Bundle ${b.metadata.name} targets Windows clusters without Windows scheduling`,
      explanation:
        `It is deployed to ${n(targets.length, 'Windows cluster')} and is not ready on ${listNames(failing.map((f) => f.cluster))}. ` +
        'Its options set no nodeSelector or tolerations for Windows nodes (kubernetes.io/os: windows, or the ' +
        'os=windows:NoSchedule taint), and Fleet adds none to your workloads, so pods may be scheduled onto the wrong ' +
        'OS or stay Pending. Add a nodeSelector/tolerations in the chart values or manifests, or target these ' +
        'clusters with a targetCustomization that sets them.',
      objects: [ref('Bundle', b.metadata), ...failing.map((f) => ({ kind: 'Cluster' as const, namespace: b.metadata.namespace ?? '', name: f.cluster, note: 'not ready' }))],
    });
  }
  quiet.sort((a, b) => byText(key(a.metadata.namespace, a.metadata.name), key(b.metadata.namespace, b.metadata.name)));
  if (quiet.length > 0) {
    out.push({
      id: 'windows-scheduling:ready',
      detector: 'windows-scheduling',
      severity: 'info',
      title: `${n(quiet.length, 'bundle')} reach Windows clusters without Windows scheduling (currently ready)`,
      explanation:
        `${listNames(quiet.map((b) => b.metadata.name))} deploy to Windows clusters and set no Windows nodeSelector or ` +
        'tolerations. They are ready now (likely Linux nodes exist there), but a Windows-only workload would not be.',
      objects: quiet.slice(0, 50).map((b) => ref('Bundle', b.metadata)),
    });
  }
  return out;
};
