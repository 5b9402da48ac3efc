// Deployment windows as start → end in the Schedule's own time zone, e.g. "Mon 1 Dec 2026, 22:00 → 23:30".
const fmt = (d: Date, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: tz, timeZoneName: 'short' }).format(d);

/** '' and 'Local' mean the Fleet controller's zone, which the dashboard cannot see: shown as UTC, and said so. */
export const zoneOf = (location: string) => (location && location !== 'Local' ? location : 'UTC');

export function formatWindowTime(iso: string | Date, location: string): string {
  return fmt(typeof iso === 'string' ? new Date(iso) : iso, zoneOf(location));
}

export function WindowList({ windows, location, testId = 'next-windows' }: { windows: { start: string | Date; end: string | Date }[]; location: string; testId?: string }) {
  if (windows.length === 0) return <p className="text-sm text-muted">No upcoming window.</p>;
  return (
    <ol className="space-y-1 text-sm tabular-nums" data-testid={testId}>
      {windows.map((w) => (
        <li key={String(w.start)} data-testid="window">
          {formatWindowTime(w.start, location)} <span className="text-muted">→</span> {formatWindowTime(w.end, location)}
        </li>
      ))}
    </ol>
  );
}
