// GitRepos whose last gitjob run failed: Fleet could not clone the repository or `fleet apply` refused what it
// found (invalid YAML, a bad fleet.yaml, a chart that does not render), so no new commit reaches any cluster.
// gitjob copies the Job's termination message into a Stalled condition (kstatus.SetError in
// internal/cmd/controller/gitops/reconciler/gitjob_controller.go); that text is the explanation, verbatim.
// Failures another detector explains better (a missing Secret, missing Helm dependencies) are left to it.
import { dependencyUpdateFailure, missingHelmDependencies } from './helm-deps';
import { secretErrorText } from './secrets';
import type { Detector, Finding } from './types';
import { key, ref } from './util';

/** The Stalled condition's message, when the GitRepo is stalled. */
export function stalledMessage(g: { status?: { conditions?: { type: string; status: string; message?: string }[] | null } | null }): string | undefined {
  const c = (g.status?.conditions ?? []).find((x) => x.type === 'Stalled' && x.status === 'True');
  return c ? (c.message ?? '').trim() || 'no message' : undefined;
}

export const gitRepoStalled: Detector = ({ gitrepos }) => {
  const out: Finding[] = [];
  for (const g of gitrepos) {
    const message = stalledMessage(g);
    if (!message || missingHelmDependencies(message) || dependencyUpdateFailure(message) || secretErrorText(g) === message) continue;
    out.push({
      id: `gitrepo-stalled:${key(g.metadata.namespace, g.metadata.name)}`,
      detector: 'gitrepo-stalled',
      severity: 'error',
      title: `GitRepo ${g.metadata.name}: Fleet could not process the repository`,
      explanation:
        `Fleet's last run for this GitRepo failed, so no new commit is deployed until it is fixed. Fleet reports: “${message}”. ` +
        'Fix the repository (or the GitRepo’s paths and options) and push; Fleet retries on its next poll, or force update it.',
      objects: [ref('GitRepo', g.metadata)],
      fix: {
        type: 'steps',
        label: 'Fix what Fleet reports',
        steps: [
          'Read the message: it is the output of `fleet apply` or of the clone in gitjob’s Job.',
          'Reproduce it locally with `fleet apply -o - <name> <path>` in a checkout of the repository at the same commit.',
          'Commit and push the fix; the GitRepo leaves Stalled after the next successful run.',
        ],
      },
    });
  }
  return out;
};
