'use client';
// The browser's notification permission, kept current: it changes when the person answers our one request, and may
// change in the browser's site settings while the page is open (re-read when the tab becomes visible).
import { useSyncExternalStore } from 'react';

export type Permission = NotificationPermission | 'unsupported';

const listeners = new Set<() => void>();

export function currentPermission(): Permission {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification.permission : 'unsupported';
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  document.addEventListener('visibilitychange', cb);
  window.addEventListener('focus', cb);
  return () => {
    listeners.delete(cb);
    document.removeEventListener('visibilitychange', cb);
    window.removeEventListener('focus', cb);
  };
}

export function usePermission(): Permission {
  return useSyncExternalStore(subscribe, currentPermission, () => 'default');
}

/** Asks the browser once (only from a click: browsers ignore requests without one). */
export async function requestPermission(): Promise<Permission> {
  if (currentPermission() === 'unsupported') return 'unsupported';
  let answer: Permission;
  try {
    answer = await window.Notification.requestPermission();
  } catch {
    answer = currentPermission();
  }
  listeners.forEach((l) => l());
  return answer;
}

export const DENIED_MESSAGE =
  'Your browser blocks notifications from this dashboard. Allow them in the site settings (the icon left of the address), then press Watch again.';
export const DISMISSED_MESSAGE = 'Notifications were not allowed. Press Watch again to be asked again.';
export const UNSUPPORTED_MESSAGE = 'This browser cannot show notifications, so watching would tell you nothing.';
