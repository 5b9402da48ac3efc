// Cron expressions as Fleet's Schedules read them. Fleet v0.16.0 parses spec.schedule with
// github.com/reugn/go-quartz v0.15.2 (quartz.NewCronTriggerWithLoc in
// internal/cmd/controller/reconciler/cronduration_job.go), i.e. Quartz syntax: 6 or 7 fields
// "second minute hour day-of-month month day-of-week [year]", day-of-week 1-7 with 1 = Sunday,
// `?`, `L`, `W`, `#`, one of day-of-month/day-of-week must be `?` or `*`, and only the
// @yearly/@monthly/@weekly/@daily/@hourly shorthands. The schedule is rejected when the duration
// reaches the gap between the next two starts (checkScheduleAndDuration). Here croner (no
// dependencies, Quartz weekday numbering via alternativeWeekdays) computes the windows and
// cronstrue (Quartz-style weekdays via dayOfWeekStartIndexZero: false) describes them; go-quartz
// features croner lacks (e.g. `L-2`) are reported as unsupported by the preview rather than invalid.
import { Cron } from 'croner';
import cronstrue from 'cronstrue';

/** go-quartz's shorthands (quartz/cron.go `special`); @weekly is Sunday in Quartz numbering. */
const SPECIAL: Record<string, string> = {
  '@yearly': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 1',
  '@daily': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
};

const FIELDS_HINT = 'seconds minutes hours day-of-month month day-of-week [year], e.g. "0 0 22 ? * MON-FRI"';

/** Whitespace collapsed and shorthands expanded, as go-quartz does before parsing. */
export function normaliseCron(expr: string): string {
  const t = expr.trim().replace(/\s+/g, ' ');
  return SPECIAL[t] ?? t;
}

function compile(expr: string, timeZone?: string): Cron {
  return new Cron(normaliseCron(expr), {
    mode: '6-or-7-parts',
    alternativeWeekdays: true,
    sloppyRanges: true,
    paused: true,
    ...(timeZone && timeZone !== 'Local' && { timezone: timeZone }),
  });
}

const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/**
 * A standard 5-field cron expression in Fleet's syntax: a seconds field in front, and numeric weekdays (standard
 * cron: 0 or 7 = Sunday, 1 = Monday) written as names, since Quartz numbers them from 1 = Sunday ("1-5" would
 * otherwise silently become Sunday to Thursday). Ranges over the week's end are listed day by day.
 */
function fromStandardCron(tokens: string[]): string {
  const [min, hour, dom, month, dow] = tokens as [string, string, string, string, string];
  let days = dow;
  if (/^\d(-\d)?(,\d(-\d)?)*$/.test(dow) && dow.split(/[-,]/).every((n) => Number(n) <= 7)) {
    days = dow
      .split(',')
      .map((part) => {
        const [a, b] = part.split('-').map(Number) as [number, number | undefined];
        if (b === undefined) return DAY_NAMES[a % 7]!;
        if (b === 7 || b < a) return Array.from({ length: b - a + 1 }, (_, i) => DAY_NAMES[(a + i) % 7]!).join(',');
        return `${DAY_NAMES[a % 7]}-${DAY_NAMES[b % 7]}`;
      })
      .join(',');
  }
  // Quartz wants "?" in one of the day fields when the other is set.
  const quartzDom = dom === '*' && days !== '*' ? '?' : dom;
  return `0 ${min} ${hour} ${quartzDom} ${month} ${days}`;
}

/** Field error for spec.schedule, or undefined when Fleet's parser would accept it. */
export function cronError(expr: string): string | undefined {
  const t = expr.trim().replace(/\s+/g, ' ');
  if (t === '') return 'Enter a cron expression';
  if (t.startsWith('@') && !SPECIAL[t]) return `Unknown shorthand ${t}: Fleet accepts ${Object.keys(SPECIAL).join(', ')}`;
  const tokens = normaliseCron(t).split(' ');
  if (tokens.length === 5) return `Fleet's schedules start with a seconds field: try "${fromStandardCron(tokens)}" (${FIELDS_HINT})`;
  if (tokens.length < 6 || tokens.length > 7) return `Fleet needs 6 or 7 fields: ${FIELDS_HINT}`;
  const dom = tokens[3]!;
  const dow = tokens[5]!;
  if (dom !== '?' && dom !== '*' && dow !== '?' && dow !== '*') {
    return 'Set either the day of month or the day of week: the other must be "?" (or "*")';
  }
  if (/\dL-\d|^L-\d/.test(dom)) return 'Offsets from the last day (L-n) are not supported by this form; Fleet accepts them, edit the YAML instead';
  try {
    compile(t);
  } catch (e) {
    return `Not a valid cron expression: ${e instanceof Error ? e.message.replace(/^CronPattern: /, '') : String(e)}`;
  }
  return undefined;
}

/** The expression in words ("At 22:00, Monday through Friday"), or undefined when it does not parse. */
export function describeCron(expr: string): string | undefined {
  if (cronError(expr)) return undefined;
  try {
    return cronstrue.toString(normaliseCron(expr), { dayOfWeekStartIndexZero: false, use24HourTimeFormat: true, throwExceptionOnParseError: true });
  } catch {
    return undefined;
  }
}

/** IANA time zone names (and "UTC"/"Local") that Go's time.LoadLocation and Intl both know. */
export function timeZoneError(tz: string): string | undefined {
  if (tz === '' || tz === 'Local' || tz === 'UTC') return undefined;
  // Intl also accepts offsets ("+01:00") that Go's LoadLocation does not.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return 'Use an IANA time zone name, e.g. Europe/Berlin or America/New_York';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return `Unknown time zone "${tz}": use an IANA name, e.g. Europe/Berlin`;
  }
  return undefined;
}

export interface Window {
  start: Date;
  end: Date;
}

/**
 * The next `count` deployment windows after `from`: each opens at a cron start and lasts
 * `durationMs`. timeZone '' or 'Local' means the Fleet controller's own zone, which the dashboard
 * cannot see: UTC is assumed (a container's zone unless TZ is set), and the page should say so.
 */
export function nextWindows(expr: string, durationMs: number, opts: { timeZone?: string; from?: Date; count?: number } = {}): Window[] {
  if (cronError(expr)) return [];
  const tz = opts.timeZone && opts.timeZone !== 'Local' ? opts.timeZone : 'UTC';
  const starts = compile(expr, tz).nextRuns(opts.count ?? 5, opts.from ?? new Date());
  return starts.map((start) => ({ start, end: new Date(start.getTime() + durationMs) }));
}

/** The window open at `at`, if any (the most recent start within `durationMs`). */
export function windowAt(expr: string, durationMs: number, at: Date, timeZone?: string): Window | undefined {
  if (cronError(expr)) return undefined;
  const tz = timeZone && timeZone !== 'Local' ? timeZone : 'UTC';
  const prev = compile(expr, tz).previousRuns(1, new Date(at.getTime() + 1))[0];
  if (!prev || at.getTime() >= prev.getTime() + durationMs) return undefined;
  return { start: prev, end: new Date(prev.getTime() + durationMs) };
}

/**
 * Fleet's checkScheduleAndDuration: the duration (whole seconds) must be shorter than the gap
 * between the next two starts, else the Schedule is refused ("duration is too long and overlaps
 * with the next execution time"). Fleet checks at reconcile time; this checks the next gap from `from`.
 */
export function durationOverlapError(expr: string, durationMs: number, opts: { timeZone?: string; from?: Date } = {}): string | undefined {
  const [a, b] = nextWindows(expr, durationMs, { ...opts, count: 2 });
  if (!a) return cronError(expr) ? undefined : 'This expression never fires again';
  if (!b) return undefined;
  const gapS = Math.floor(b.start.getTime() / 1000) - Math.floor(a.start.getTime() / 1000);
  if (Math.floor(durationMs / 1000) >= gapS) {
    return `The window must be shorter than the time between two starts (${gapS} s here): Fleet refuses a duration that overlaps the next start`;
  }
  return undefined;
}
