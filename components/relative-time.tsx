'use client';
// "5 min ago", with the exact time on hover and for screen readers (the <time> datetime).
import { useSyncExternalStore } from 'react';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });

export function formatRelative(iso: string, now: number): string {
  const diff = (Date.parse(iso) - now) / 1000;
  for (const [unit, secs] of UNITS) {
    if (Math.abs(diff) >= secs) return rtf.format(Math.round(diff / secs), unit);
  }
  return Math.abs(diff) < 45 ? 'just now' : rtf.format(Math.round(diff), 'second');
}

// One 30 s clock for every timestamp on the page.
let clock = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribeClock(cb: () => void) {
  listeners.add(cb);
  clock = Date.now();
  timer ??= setInterval(() => {
    clock = Date.now();
    listeners.forEach((l) => l());
  }, 30_000);
  return () => {
    listeners.delete(cb);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
function clockNow(): number {
  return clock;
}

export function RelativeTime({ iso }: { iso: string | undefined }) {
  // null on the server and during hydration (so both render the absolute time), then a shared clock.
  const now = useSyncExternalStore(subscribeClock, clockNow, () => null);
  if (!iso || Number.isNaN(Date.parse(iso))) return <span className="text-muted">—</span>;
  const absolute = new Date(iso).toLocaleString();
  return (
    <time dateTime={iso} title={absolute} className="whitespace-nowrap">
      {now === null ? absolute : formatRelative(iso, now)}
    </time>
  );
}
