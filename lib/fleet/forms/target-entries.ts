// The target editor's form values, shared by every form that targets clusters (GitRepo, HelmOp,
// Schedule): one schema and one set of checks, so the same editor and the same field errors serve
// all of them. Conversion to and from spec.targets is in gitrepo-targets.ts (the rules are Fleet's
// matcher's, identical for GitTarget, BundleTarget and ScheduleTarget).
import { z } from 'zod';
import { validateDns1123Subdomain } from '../names';
import { parseSelector } from '../selector';

const text = z.string().trim().default('');

/** Target entry inputs; checked only in advanced mode (see targetIssues). */
export const TargetEntrySchema = z.object({
  name: text,
  clusterName: text,
  clusterGroup: text,
  clusterSelector: text,
  clusterGroupSelector: text,
});
export type TargetEntry = z.infer<typeof TargetEntrySchema>;

/**
 * all: every cluster in the workspace; none: no cluster; default: no targets in the spec, which
 * Fleet treats as cluster group "default"; advanced: the entries (only then are they sent — they
 * are kept while another mode is picked so nothing typed is lost).
 */
export const TargetModeSchema = z.enum(['all', 'none', 'default', 'advanced']);
export type TargetMode = z.infer<typeof TargetModeSchema>;

export const TargetsSchema = z.object({
  mode: TargetModeSchema.default('all'),
  entries: z.array(TargetEntrySchema).default([]),
});
export type FormTargets = z.output<typeof TargetsSchema>;

export function emptyTargetEntry(): TargetEntry {
  return { name: '', clusterName: '', clusterGroup: '', clusterSelector: '', clusterGroupSelector: '' };
}

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** Field errors of the target editor, paths relative to the form (prefix, e.g. ['targets']). */
export function targetIssues(targets: FormTargets, prefix: (string | number)[] = ['targets']): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (targets.mode !== 'advanced') return out;
  if (targets.entries.length === 0) out.push({ path: [...prefix, 'entries'], message: 'Add at least one target' });
  targets.entries.forEach((t, i) => {
    const at = (k: keyof TargetEntry, m: string | undefined) => m && out.push({ path: [...prefix, 'entries', i, k], message: m });
    if (!t.clusterName && !t.clusterGroup && !t.clusterSelector && !t.clusterGroupSelector) {
      out.push({ path: [...prefix, 'entries', i], message: 'Pick a cluster, a cluster group or a selector' });
    }
    if (t.clusterName) at('clusterName', validateDns1123Subdomain(t.clusterName, 'Cluster name')[0]);
    if (t.clusterGroup) at('clusterGroup', validateDns1123Subdomain(t.clusterGroup, 'Cluster group')[0]);
    for (const k of ['clusterSelector', 'clusterGroupSelector'] as const) {
      const r = t[k] ? parseSelector(t[k]) : undefined;
      if (r && !r.ok) at(k, r.error);
    }
  });
  return out;
}
