// ScheduleFormSchema and form ⇄ Schedule conversion. A Schedule without targets matches no cluster
// (internal/cmd/controller/target/matcher/schedulematch.go has no default group, unlike GitRepos),
// so the target editor's "default" mode is refused. The window must be shorter than the gap
// between two starts, as Fleet's checkScheduleAndDuration requires.
import { z } from 'zod';
import { durationMs } from '../go-duration';
import type { Schedule, ScheduleSpec } from '../kinds/schedule';
import { FLEET_API_VERSION } from '../kinds/common';
import { validateDns1123Subdomain } from '../names';
import { cronError, durationOverlapError, timeZoneError } from '../schedule/cron';
import { field } from './fields';
import { targetsFromSpec, targetsToSpec, ALL_CLUSTERS_TARGET } from './gitrepo-targets';
import { durationError } from './spec-validators';
import { TargetsSchema, targetIssues, type FormTargets } from './target-entries';

export const ScheduleFormSchema = z
  .object({
    name: field((v) => validateDns1123Subdomain(v, 'Name')[0], { always: true }),
    schedule: field(cronError, { always: true }),
    duration: field((v) => (v === '0' ? 'The window must last longer than 0' : durationError(v)), { always: true }),
    location: field(timeZoneError),
    targets: TargetsSchema.default({ mode: 'advanced', entries: [] }),
  })
  .superRefine((form, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (form.targets.mode === 'default') issue(['targets', 'mode'], 'A Schedule has no default target: pick the clusters it applies to');
    if (form.targets.mode === 'none') issue(['targets', 'mode'], 'A Schedule without clusters has no effect: pick the clusters it applies to');
    for (const i of targetIssues(form.targets)) issue(i.path, i.message);
    const ms = durationMs(form.duration);
    if (ms !== undefined && !cronError(form.schedule) && !timeZoneError(form.location)) {
      const m = durationOverlapError(form.schedule, ms, { timeZone: form.location });
      if (m) issue(['duration'], m);
    }
  });

export type ScheduleForm = z.output<typeof ScheduleFormSchema>;

export function emptyScheduleForm(): ScheduleForm {
  return { name: '', schedule: '', duration: '', location: '', targets: { mode: 'advanced', entries: [] } };
}

function scheduleTargetsToSpec(t: FormTargets): NonNullable<ScheduleSpec['targets']> {
  if (t.mode === 'all') return { clusters: [structuredClone(ALL_CLUSTERS_TARGET)] };
  if (t.mode === 'advanced') return { clusters: targetsToSpec(t) ?? [] };
  return {};
}

export interface ScheduleManifest {
  apiVersion: typeof FLEET_API_VERSION;
  kind: 'Schedule';
  metadata: { name: string; namespace: string; resourceVersion?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: ScheduleSpec;
}

export function formToSchedule(form: ScheduleForm, opts: { namespace: string; existing?: Pick<Schedule, 'metadata' | 'spec'> }): ScheduleManifest {
  const { existing } = opts;
  const spec: ScheduleSpec = existing ? structuredClone(existing.spec) : {};
  spec.schedule = form.schedule.trim().replace(/\s+/g, ' ');
  spec.duration = form.duration;
  if (form.location) spec.location = form.location;
  else delete spec.location;
  spec.targets = scheduleTargetsToSpec(form.targets);
  const metadata: ScheduleManifest['metadata'] = { name: existing?.metadata.name ?? form.name, namespace: opts.namespace };
  if (existing?.metadata.resourceVersion) metadata.resourceVersion = existing.metadata.resourceVersion;
  if (existing?.metadata.labels) metadata.labels = { ...existing.metadata.labels };
  if (existing?.metadata.annotations) metadata.annotations = { ...existing.metadata.annotations };
  return { apiVersion: FLEET_API_VERSION, kind: 'Schedule', metadata, spec };
}

export function scheduleToForm(s: Pick<Schedule, 'metadata' | 'spec'>): ScheduleForm {
  const clusters = s.spec.targets?.clusters ?? [];
  const targets = targetsFromSpec(clusters);
  return {
    name: s.metadata.name,
    schedule: s.spec.schedule ?? '',
    duration: s.spec.duration ?? '',
    location: s.spec.location ?? '',
    // No clusters means none for a Schedule (targetsFromSpec reads [] as the GitRepo default).
    targets: clusters.length === 0 ? { mode: 'none', entries: [] } : targets,
  };
}
