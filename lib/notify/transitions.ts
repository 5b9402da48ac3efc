// When a watched object deserves a browser notification: previous state → new state → a notice or nothing, with
// de-duplication and a rate limit. Pure (no React, no browser), so every rule is unit-tested; the browser side
// (components/notify/watch-notifier.tsx) feeds it each state the live stream brings and shows what it answers.
//
// Rules:
// - the first state seen of an object is its baseline: nothing is announced for what was already so;
// - "error": the object enters an error state (Error or Error Applied, lib/fleet/object-state.ts) from a non-error one;
//   staying in error with another message is not news;
// - "rolled-out": every desired cluster is ready (ready ≥ desired > 0) after not being so, and it is not in error;
// - the same notice of the same object again within PER_OBJECT_MS is dropped (a flapping object), and at most
//   MAX_PER_WINDOW notices in WINDOW_MS in all (a fleet-wide incident must not bury the desktop).
import type { ObjectState } from '@/lib/fleet/object-state';
import { WATCH_KIND_WORDS, watchKey, type WatchEntry } from './watch-list';

export interface WatchSnapshot {
  state: ObjectState;
  ready: number;
  desired: number;
  /** Fleet's words for why it is not ready. */
  message?: string;
}

export type NoticeEvent = 'error' | 'rolled-out';

export interface Notice {
  /** watchKey of the object. */
  key: string;
  event: NoticeEvent;
  title: string;
  body: string;
  /** Notification tag: a second tab (or a repeat) replaces the notice instead of adding one. */
  tag: string;
}

export const ERROR_STATES: ReadonlySet<ObjectState> = new Set<ObjectState>(['Error', 'ErrApplied']);
export const PER_OBJECT_MS = 60_000;
export const WINDOW_MS = 60_000;
export const MAX_PER_WINDOW = 5;

const allReady = (s: WatchSnapshot) => s.desired > 0 && s.ready >= s.desired;
const MAX_BODY = 180;
const clip = (s: string) => (s.length > MAX_BODY ? `${s.slice(0, MAX_BODY - 1)}…` : s);
const STATE_WORDS: Partial<Record<ObjectState, string>> = { ErrApplied: 'Error Applied' };

/** The notice one change deserves, before de-duplication and rate limit; undefined when it is not news. */
export function transition(entry: WatchEntry, prev: WatchSnapshot | undefined, next: WatchSnapshot): Notice | undefined {
  if (!prev) return undefined;
  const what = `${WATCH_KIND_WORDS[entry.kind]} ${entry.name}`;
  const base = { key: watchKey(entry) };
  if (ERROR_STATES.has(next.state)) {
    if (ERROR_STATES.has(prev.state)) return undefined;
    const state = STATE_WORDS[next.state] ?? next.state;
    return { ...base, event: 'error', title: `${what}: ${state}`, body: clip(`${entry.namespace} · ${next.message || `Fleet reports ${state}.`}`), tag: `${base.key}:error` };
  }
  if (allReady(next) && !allReady(prev)) {
    const n = next.desired;
    return { ...base, event: 'rolled-out', title: `${what}: rolled out`, body: `${entry.namespace} · ready on all ${n} cluster${n === 1 ? '' : 's'}`, tag: `${base.key}:rolled-out` };
  }
  return undefined;
}

export interface SentNotice {
  key: string;
  event: NoticeEvent;
  at: number;
}

/** What the notifier remembers between changes: the last state per object and the notices shown lately. */
export interface NotifierMemory {
  readonly last: ReadonlyMap<string, WatchSnapshot>;
  readonly sent: readonly SentNotice[];
}

export const emptyMemory = (): NotifierMemory => ({ last: new Map(), sent: [] });

export type Verdict = { show: true } | { show: false; reason: 'repeat' | 'rate-limit' };

/** Whether a notice may be shown now, given those shown lately. */
export function admit(sent: readonly SentNotice[], n: Pick<Notice, 'key' | 'event'>, now: number): Verdict {
  if (sent.some((s) => s.key === n.key && s.event === n.event && now - s.at < PER_OBJECT_MS)) return { show: false, reason: 'repeat' };
  if (sent.filter((s) => now - s.at < WINDOW_MS).length >= MAX_PER_WINDOW) return { show: false, reason: 'rate-limit' };
  return { show: true };
}

export interface StepResult {
  memory: NotifierMemory;
  /** To show now. */
  notice?: Notice;
  /** A notice that was due but held back, and why. */
  dropped?: { notice: Notice; reason: 'repeat' | 'rate-limit' };
}

/** One new state of one watched object: the next memory and what to show. */
export function step(memory: NotifierMemory, entry: WatchEntry, next: WatchSnapshot, now: number): StepResult {
  const key = watchKey(entry);
  const last = new Map(memory.last).set(key, next);
  const keep = Math.max(PER_OBJECT_MS, WINDOW_MS);
  const sent = memory.sent.filter((s) => now - s.at < keep);
  const notice = transition(entry, memory.last.get(key), next);
  if (!notice) return { memory: { last, sent } };
  const v = admit(sent, notice, now);
  if (!v.show) return { memory: { last, sent }, dropped: { notice, reason: v.reason } };
  return { memory: { last, sent: [...sent, { key, event: notice.event, at: now }] }, notice };
}

/** Forget objects no longer watched, so watching one again starts from a fresh baseline. */
export function forget(memory: NotifierMemory, keep: ReadonlySet<string>): NotifierMemory {
  if ([...memory.last.keys()].every((k) => keep.has(k))) return memory;
  return { ...memory, last: new Map([...memory.last].filter(([k]) => keep.has(k))) };
}
