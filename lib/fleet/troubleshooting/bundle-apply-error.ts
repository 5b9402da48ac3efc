// Bundles that some agents fail to deploy (ErrApplied): the manifests do not render (invalid YAML, a failing Helm
// template) or the downstream API server refuses them. The agent's error reaches the Bundle's Ready condition as
// "ErrApplied(n) [Cluster ns/name: <message>]" (internal/cmd/controller/summary, ReadyMessage); that is the evidence.
// Missing chart dependencies are left to their own detector.
import { missingHelmDependencies } from './helm-deps';
import type { Detector, Finding } from './types';
import { key, LABEL_REPO, n, ref } from './util';

// A field changed outside Fleet by another field manager (kubectl edit, an operator) makes the agent's server-side
// apply refuse to take it back: "conflict occurred while applying object ns/name /v1, Kind=ConfigMap: Apply failed
// with 1 conflict: conflict with "kubectl-edit" using v1: .data.greeting" (seen from the v0.16.0 agent).
const CONFLICT_RE = /conflict occurred while applying object (\S+) [^:]*: Apply failed with \d+ conflicts?: conflict with "([^"]+)"(?: using [^:]+)?: ([^\]\n;]+)/;

/** The object, the other field manager and the contested fields of an apply conflict, or undefined. */
export function applyConflict(message: string): { object: string; manager: string; fields: string } | undefined {
  const m = CONFLICT_RE.exec(message);
  return m ? { object: m[1]!, manager: m[2]!, fields: m[3]!.trim() } : undefined;
}

function conflictFix(c: { object: string; manager: string; fields: string }) {
  return {
    type: 'steps' as const,
    label: 'Give the fields back to Fleet',
    steps: [
      `Undo the change ${c.manager} made to ${c.fields} on ${c.object}, or delete the object so Fleet recreates it.`,
      'Or enable Correct drift with Force on the GitRepo: the agent then replaces what was changed by hand.',
      'Make the change in Git instead, so the next deployment carries it.',
    ],
  };
}

const RENDER_FIX = {
  type: 'steps' as const,
  label: 'Fix what the agent reports',
  steps: [
    'The message quotes the agent: a YAML error names the line of the rendered file, a Helm error the template.',
    'Render the bundle locally with `fleet apply -o - <name> <path>` and `helm template` to reproduce it.',
    'Commit and push the fix.',
  ],
};

export const bundleApplyError: Detector = ({ bundles }) => {
  const out: Finding[] = [];
  for (const b of bundles) {
    const failing = b.status?.summary?.errApplied ?? 0;
    const message = (b.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'False')?.message;
    if (failing === 0 || !message || missingHelmDependencies(message)) continue;
    const repo = b.metadata.labels?.[LABEL_REPO];
    const conflict = applyConflict(message);
    out.push({
      id: `bundle-apply-error:${key(b.metadata.namespace, b.metadata.name)}`,
      detector: 'bundle-apply-error',
      severity: 'error',
      objects: [ref('Bundle', b.metadata), ...(repo ? [ref('GitRepo', { namespace: b.metadata.namespace, name: repo })] : [])],
      ...(conflict
        ? {
            title: `Bundle ${b.metadata.name}: a change made outside Fleet blocks the deployment on ${n(failing, 'cluster')}`,
            explanation:
              `${conflict.object} was changed by “${conflict.manager}” (${conflict.fields}), and Fleet's agent applies server-side: ` +
              `it will not take those fields back on its own, so the new deployment stops there. Fleet reports: “${message}”.`,
            fix: conflictFix(conflict),
          }
        : {
            title: `Bundle ${b.metadata.name}: fails to deploy on ${n(failing, 'cluster')}`,
            explanation:
              `The Fleet agent could not apply this bundle, so those clusters keep what they had before. Fleet reports: “${message}”. ` +
              'Fix the manifests in the source and push; the agents retry with the next commit, or force update the bundle’s GitRepo.',
            fix: RENDER_FIX,
          }),
    });
  }
  return out;
};
