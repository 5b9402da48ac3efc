// Helm charts whose dependencies are not vendored: Helm's "found in Chart.yaml, but missing in charts/ directory: a, b"
// (older charts: requirements.yaml). It surfaces on the Bundle's Ready condition (agent time, ErrApplied) and is
// copied to the GitRepo, or as the GitRepo's Stalled message when `fleet apply` fails.
import type { Detector, Finding } from './types';
import { key, LABEL_REPO, ref } from './util';

const DEPS_RE = /found in (Chart\.yaml|requirements\.yaml), but missing in charts\/ directory: ([^\]\n;]+)/;

// With dependency updates on (the default), `fleet apply` fetches them itself and fails the GitRepo with
// "updating helm dependencies: <Helm's reason>" (internal/bundlereader/loaddirectory.go, internal/helmupdater).
const UPDATE_RE = /updating helm dependencies: ([^\n]+)/;

/** Helm's reason when `fleet apply` could not download a chart's dependencies, or undefined. */
export function dependencyUpdateFailure(message: string | undefined): string | undefined {
  return message ? UPDATE_RE.exec(message)?.[1]?.trim() : undefined;
}

/** Dependency names from the error text, or undefined when the text is not that error. */
export function missingHelmDependencies(message: string | undefined): { file: string; deps: string[] } | undefined {
  const m = message ? DEPS_RE.exec(message) : null;
  if (!m) return undefined;
  return { file: m[1]!, deps: m[2]!.split(',').map((d) => d.trim()).filter(Boolean) };
}

function steps(deps: string[]): string[] {
  return [
    'In the chart directory, fetch the dependencies: `helm dependency update` (resolves versions and writes Chart.lock) or `helm dependency build` (uses the existing Chart.lock).',
    `Commit the downloaded archives under charts/ (${deps.map((d) => `${d}-*.tgz`).join(', ')}) and Chart.lock, then push.`,
    'Make sure .gitignore does not exclude charts/*.tgz.',
    'Fleet picks up the new commit on its next poll; the bundle leaves ErrApplied once the agent installs the chart.',
  ];
}

export const helmDependenciesMissing: Detector = ({ bundles, gitrepos }) => {
  const out: Finding[] = [];
  const reposWithBundleFinding = new Set<string>();
  for (const b of bundles) {
    const msg = (b.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'False')?.message;
    const hit = missingHelmDependencies(msg);
    if (!hit) continue;
    const repo = b.metadata.labels?.[LABEL_REPO];
    if (repo) reposWithBundleFinding.add(key(b.metadata.namespace, repo));
    out.push({
      id: `helm-dependencies-missing:${key(b.metadata.namespace, b.metadata.name)}`,
      detector: 'helm-dependencies-missing',
      severity: 'error',
      title: `Bundle ${b.metadata.name}: Helm chart dependencies missing (${hit.deps.join(', ')})`,
      explanation:
        `The chart lists ${hit.deps.join(', ')} in ${hit.file}, but the charts/ directory in Git does not contain them. ` +
        'Fleet deploys charts exactly as committed (this bundle has helm.disableDependencyUpdate, or the dependency ' +
        'download failed), so every cluster fails to install it.',
      objects: [ref('Bundle', b.metadata), ...(repo ? [ref('GitRepo', { namespace: b.metadata.namespace, name: repo })] : [])],
      fix: { type: 'steps', label: 'Vendor the chart dependencies', steps: steps(hit.deps) },
    });
  }
  for (const g of gitrepos) {
    if (reposWithBundleFinding.has(key(g.metadata.namespace, g.metadata.name))) continue;
    const msgs = [g.status?.display?.message, ...(g.status?.conditions ?? []).map((c) => c.message)];
    const hit = msgs.map(missingHelmDependencies).find(Boolean);
    const reason = hit ? undefined : msgs.map(dependencyUpdateFailure).find(Boolean);
    if (reason) {
      out.push({
        id: `helm-dependencies-missing:${key(g.metadata.namespace, g.metadata.name)}`,
        detector: 'helm-dependencies-missing',
        severity: 'error',
        title: `GitRepo ${g.metadata.name}: Helm chart dependencies could not be downloaded`,
        explanation:
          'A chart in this repository has dependencies that are not committed under charts/, and Fleet could not ' +
          `download them while building the bundle (no new commit is deployed). Helm reports: “${reason}”. ` +
          'Fleet can only reach repositories its gitjob can reach; in an air-gapped setup, vendor them.',
        objects: [ref('GitRepo', g.metadata)],
        fix: { type: 'steps', label: 'Vendor the chart dependencies', steps: steps(['<dependency>']) },
      });
      continue;
    }
    if (!hit) continue;
    out.push({
      id: `helm-dependencies-missing:${key(g.metadata.namespace, g.metadata.name)}`,
      detector: 'helm-dependencies-missing',
      severity: 'error',
      title: `GitRepo ${g.metadata.name}: Helm chart dependencies missing (${hit.deps.join(', ')})`,
      explanation: `A chart in this repository lists ${hit.deps.join(', ')} in ${hit.file}, but charts/ does not contain them, so Fleet cannot build its bundle.`,
      objects: [ref('GitRepo', g.metadata)],
      fix: { type: 'steps', label: 'Vendor the chart dependencies', steps: steps(hit.deps) },
    });
  }
  return out;
};
