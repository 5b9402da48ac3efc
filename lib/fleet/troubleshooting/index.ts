// All troubleshooting detectors, run together and sorted worst first.
import { agentBundleModified, agentRedeployPending, agentsNotReporting } from './agent';
import { bundleApplyError } from './bundle-apply-error';
import { gitRepoStalled } from './gitrepo-stalled';
import { helmDependenciesMissing } from './helm-deps';
import { proxyEnvMissing } from './proxy';
import { missingSecret } from './secrets';
import { SEVERITY_RANK, type Detector, type DetectorInput, type Finding } from './types';
import { windowsScheduling } from './windows';
import { byText } from './util';

export * from './types';
export { isAgentBundleName } from './agent';
export { missingHelmDependencies } from './helm-deps';
export { SECRET_FIELDS, secretErrorText, gitRepoEditHref } from './secrets';
export { isWindowsCluster } from './windows';

export const DETECTORS: Readonly<Record<string, Detector>> = {
  agentBundleModified,
  agentsNotReporting,
  agentRedeployPending,
  missingSecret,
  gitRepoStalled,
  bundleApplyError,
  helmDependenciesMissing,
  proxyEnvMissing,
  windowsScheduling,
};

export function runDetectors(input: DetectorInput): Finding[] {
  const all = Object.values(DETECTORS).flatMap((d) => d(input));
  return sortFindings(all);
}

/** Worst first, then by title; ties by id, so the order never depends on the order objects were read in. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byText(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Findings that mention an object, for inline hints on detail pages. */
export function findingsFor(findings: readonly Finding[], kind: string, namespace: string, name: string): Finding[] {
  return findings.filter((f) => f.objects.some((o) => o.kind === kind && o.namespace === namespace && o.name === name));
}
