// Form targets ⇄ GitRepo spec.targets, following Fleet's matcher
// (internal/cmd/controller/target/matcher/clustermatcher.go, gitops/reconciler/targetsyaml.go):
// - an empty or missing targets list is replaced by [{name: default, clusterGroup: default}], so it
//   does NOT mean "no clusters" (in fleet-local it means the local cluster);
// - a target's criteria are ANDed; a target with no criteria matches nothing;
// - an empty selector {} matches every cluster, a missing one adds no criterion.
// So "all" is an explicit {clusterSelector: {}} target (what Rancher writes too) and "none" is an
// explicit target without criteria (Rancher writes [] for "none", which is really the default group).
import type { GitTarget } from '../kinds/gitrepo';
import { formatSelector, isEmptySelector, parseSelector, type LabelSelector } from '../selector';
import type { FormTargets, TargetEntry } from './target-entries';

export const ALL_CLUSTERS_TARGET: GitTarget = { name: 'all', clusterSelector: {} };
export const NO_CLUSTERS_TARGET: GitTarget = { name: 'none' };

function selectorOf(text: string): LabelSelector | undefined {
  if (text === '') return undefined;
  const r = parseSelector(text);
  if (!r.ok) throw new Error(`invalid selector "${text}": ${r.error} (validate the form first)`);
  return r.selector;
}

function entryToTarget(e: TargetEntry): GitTarget {
  const t: GitTarget = {};
  if (e.name) t.name = e.name;
  if (e.clusterName) t.clusterName = e.clusterName;
  if (e.clusterGroup) t.clusterGroup = e.clusterGroup;
  const cs = selectorOf(e.clusterSelector);
  if (cs) t.clusterSelector = cs;
  const gs = selectorOf(e.clusterGroupSelector);
  if (gs) t.clusterGroupSelector = gs;
  return t;
}

/** spec.targets for the form's targets; undefined = leave the field out (Fleet default). */
export function targetsToSpec(targets: FormTargets): GitTarget[] | undefined {
  switch (targets.mode) {
    case 'all':
      return [structuredClone(ALL_CLUSTERS_TARGET)];
    case 'none':
      return [structuredClone(NO_CLUSTERS_TARGET)];
    case 'default':
      return undefined;
    case 'advanced':
      return targets.entries.map(entryToTarget);
  }
}

const nonEmpty = (s: LabelSelector | null | undefined): s is LabelSelector => !!s && !isEmptySelector(s);
const hasCriteria = (t: GitTarget) => !!(t.clusterName || t.clusterGroup || t.clusterSelector || t.clusterGroupSelector);
// Only empty selectors: true for every cluster (an empty group selector also matches clusters in no group).
const matchesAll = (t: GitTarget) => hasCriteria(t) && !t.clusterName && !t.clusterGroup && !nonEmpty(t.clusterSelector) && !nonEmpty(t.clusterGroupSelector);

/**
 * Form targets for spec.targets. Targets are ORed, so one match-all target means "all" and targets
 * without criteria can be dropped; empty selectors beside other criteria add nothing and become ''.
 */
export function targetsFromSpec(targets: GitTarget[] | null | undefined): FormTargets {
  if (!targets || targets.length === 0) return { mode: 'default', entries: [] };
  const effective = targets.filter(hasCriteria);
  if (effective.length === 0) return { mode: 'none', entries: [] };
  if (effective.some(matchesAll)) return { mode: 'all', entries: [] };
  return {
    mode: 'advanced',
    entries: effective.map((t) => ({
      name: t.name ?? '',
      clusterName: t.clusterName ?? '',
      clusterGroup: t.clusterGroup ?? '',
      clusterSelector: nonEmpty(t.clusterSelector) ? formatSelector(t.clusterSelector) : '',
      clusterGroupSelector: nonEmpty(t.clusterGroupSelector) ? formatSelector(t.clusterGroupSelector) : '',
    })),
  };
}
