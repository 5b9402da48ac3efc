// Bundles that some agents fail to deploy (ErrApplied): the manifests do not render (invalid YAML, a failing Helm
// template) or the downstream API server refuses them. The agent's error reaches the Bundle's Ready condition as
// "ErrApplied(n) [Cluster ns/name: <message>]" (internal/cmd/controller/summary, ReadyMessage); that is the evidence.
// Missing chart dependencies are left to their own detector.
import { missingHelmDependencies } from './helm-deps';
import type { Detector, Finding } from './types';
import { key, LABEL_REPO, n, ref } from './util';

export const bundleApplyError: Detector = ({ bundles }) => {
  const out: Finding[] = [];
  for (const b of bundles) {
    const failing = b.status?.summary?.errApplied ?? 0;
    const message = (b.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'False')?.message;
    if (failing === 0 || !message || missingHelmDependencies(message)) continue;
    const repo = b.metadata.labels?.[LABEL_REPO];
    out.push({
      id: `bundle-apply-error:${key(b.metadata.namespace, b.metadata.name)}`,
      detector: 'bundle-apply-error',
      severity: 'error',
      title: `Bundle ${b.metadata.name}: fails to deploy on ${n(failing, 'cluster')}`,
      explanation:
        `The Fleet agent could not apply this bundle, so those clusters keep what they had before. Fleet reports: “${message}”. ` +
        'Fix the manifests in the source and push; the agents retry with the next commit, or force update the bundle’s GitRepo.',
      objects: [ref('Bundle', b.metadata), ...(repo ? [ref('GitRepo', { namespace: b.metadata.namespace, name: repo })] : [])],
      fix: {
        type: 'steps',
        label: 'Fix what the agent reports',
        steps: [
          'The message quotes the agent: a YAML error names the line of the rendered file, a Helm error the template.',
          'Render the bundle locally with `fleet apply -o - <name> <path>` and `helm template` to reproduce it.',
          'Commit and push the fix.',
        ],
      },
    });
  }
  return out;
};
