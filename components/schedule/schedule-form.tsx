'use client';
// Create or edit a Schedule: cron expression (Fleet's Quartz syntax, with seconds) described in words and its next
// windows computed as you type, duration, time zone, and the clusters it applies to (the shared target editor).
// Checked by ScheduleFormSchema here and again by the API route (422 beside the fields); edits carry the
// resourceVersion they were loaded with (409 in words, nothing overwritten).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ScheduleFormSchema, emptyScheduleForm, type ScheduleForm as FormValues } from '@/lib/fleet/forms/schedule-form';
import { emptyTargetEntry } from '@/lib/fleet/forms/target-entries';
import { durationMs } from '@/lib/fleet/go-duration';
import { cronError, describeCron, nextWindows, timeZoneError } from '@/lib/fleet/schedule/cron';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { useZodForm } from '@/components/forms/use-zod-form';
import { TargetEditor } from '@/components/gitrepo/form/target-editor';
import { Section } from '@/components/gitrepo/form/form-section';
import { useTargetOptions } from '@/components/forms/object-form-pages';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/panels';
import { PageHeader } from '@/components/ui/page-header';
import { ExperimentalNote } from './experimental-note';
import { createSchedule, updateSchedule } from './schedule-api';
import { WindowList, zoneOf } from './window-list';

const EXAMPLES = ['0 0 22 ? * MON-FRI', '0 30 2 * * ?', '@daily'];
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function CronPreview({ form }: { form: FormValues }) {
  const { schedule, duration, location } = form;
  const preview = useMemo(() => {
    if (!schedule.trim() || cronError(schedule) || timeZoneError(location)) return undefined;
    return { text: describeCron(schedule), windows: nextWindows(schedule, durationMs(duration) ?? 0, { timeZone: location, count: 5 }) };
  }, [schedule, duration, location]);
  return (
    <div className="space-y-2 rounded-lg border border-border bg-surface p-4" aria-live="polite" data-testid="cron-preview">
      <h2 className="text-sm font-semibold">What this means</h2>
      {!preview ? (
        <p className="text-sm text-muted">Enter a valid expression to see its windows.</p>
      ) : (
        <>
          <p className="text-sm" data-testid="cron-description">
            {preview.text ?? 'No description for this expression.'}
            {durationMs(duration) ? `, open for ${duration}` : ''}.
          </p>
          <h3 className="text-xs font-medium text-muted">Next windows ({zoneOf(location)})</h3>
          <WindowList windows={preview.windows} location={location} />
          {!location && <p className="text-xs text-muted">No time zone set: Fleet uses its controller&apos;s zone, shown here as UTC.</p>}
        </>
      )}
    </div>
  );
}

export function ScheduleForm({ workspace, existing }: { workspace: string; existing?: { form: FormValues; resourceVersion: string } }) {
  const router = useRouter();
  const qc = useQueryClient();
  const options = useTargetOptions(workspace);
  // A new Schedule starts with one empty target: it must name the clusters it applies to.
  const f = useZodForm(ScheduleFormSchema, existing?.form ?? { ...emptyScheduleForm(), targets: { mode: 'advanced', entries: [emptyTargetEntry()] } });
  const { form, update, e } = f;

  const save = () =>
    f.submit(async (values) => {
      if (existing) await updateSchedule(workspace, values.name, values, existing.resourceVersion);
      else await createSchedule(workspace, values);
      await qc.invalidateQueries({ queryKey: queryKeys.schedules(workspace) });
      router.push(pageUrl.schedule(workspace, values.name));
    });

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.schedules(workspace), parent: 'Schedules', current: existing ? form.name : 'new', mono: !!existing }}
        title={existing ? `Edit Schedule ${form.name}` : `Create a Schedule in ${workspace}`}
      />
      <ExperimentalNote />
      {f.message && (
        <Notice ok={false}>
          {f.message.text}
          {f.message.status === 409 && existing && ' Reload to see the other change (what you typed stays here until you do).'}
        </Notice>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        <form
          className="space-y-4"
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            void save();
          }}
        >
          <Section title="Window">
            {!existing && (
              <Field label="Name" required error={e('name')} hint="Lower case letters, digits, '-' and '.'.">
                <input className={`${inputClass} font-mono`} value={form.name} onChange={(ev) => update({ name: ev.target.value })} autoComplete="off" data-testid="schedule-name" />
              </Field>
            )}
            <Field
              label="Cron expression"
              required
              error={e('schedule')}
              hint={
                <>
                  Quartz syntax with seconds, as Fleet reads it: seconds minutes hours day-of-month month day-of-week [year]; day-of-week 1-7 = Sun-Sat or MON-SUN; one of the two day fields must be{' '}
                  <code>?</code>. E.g. {EXAMPLES.map((x, i) => <code key={x} className="mr-1">{x}{i < EXAMPLES.length - 1 ? ',' : ''}</code>)}
                </>
              }
            >
              <input className={`${inputClass} font-mono`} value={form.schedule} onChange={(ev) => update({ schedule: ev.target.value })} autoComplete="off" spellCheck={false} data-testid="schedule-cron" />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Duration" required error={e('duration')} hint="How long each window stays open, e.g. 1h30m (Go duration).">
                <input className={`${inputClass} font-mono`} value={form.duration} onChange={(ev) => update({ duration: ev.target.value })} autoComplete="off" data-testid="schedule-duration" />
              </Field>
              <Field label="Time zone" error={e('location')} hint="IANA name, e.g. Europe/Berlin. Empty: the Fleet controller's zone.">
                <input className={`${inputClass} font-mono`} list="time-zones" value={form.location} onChange={(ev) => update({ location: ev.target.value })} autoComplete="off" data-testid="schedule-location" />
              </Field>
              <datalist id="time-zones">
                {ZONES.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </div>
          </Section>
          <Section title="Clusters it applies to" hint="Outside its windows, Fleet holds back changes to these clusters' deployments.">
            {e('targets.mode') && <p className="text-xs font-medium text-danger" data-testid="field-error">{e('targets.mode')}</p>}
            <TargetEditor
              targets={form.targets}
              onChange={(targets) => update({ targets }, ['targets'])}
              e={e}
              options={options}
              workspace={workspace}
              modes={[{ mode: 'all', hint: 'Every cluster in the workspace, including clusters added later' }, { mode: 'advanced' }]}
            />
          </Section>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" busy={f.busy} data-testid="schedule-submit">
              {existing ? 'Save' : 'Create Schedule'}
            </Button>
            <Link href={existing ? pageUrl.schedule(workspace, form.name) : pageUrl.schedules(workspace)} className={buttonClass('secondary')}>
              Cancel
            </Link>
          </div>
        </form>
        <div className="space-y-2 self-start">
          <CronPreview form={form} />
        </div>
      </div>
    </section>
  );
}
