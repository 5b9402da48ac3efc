'use client';
// Light, dark or the system's choice, for this browser. A native select: keyboard and screen readers work as
// everywhere else. The page was already painted in the stored theme by the inline script (lib/ui/theme.ts).
import { useSyncExternalStore } from 'react';
import { chooseTheme, storedTheme, THEME_KEY, THEME_LABEL, THEMES, parseTheme, type Theme } from '@/lib/ui/theme';

const CHANGED = 'fleetdash-theme-change';

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

export function ThemeSwitch() {
  // The server cannot know the choice: it renders "system", the browser then shows what is stored.
  const theme = useSyncExternalStore(subscribe, storedTheme, () => 'system' as Theme);
  return (
    <label className="flex items-center gap-1.5 text-sm" title="Colour theme">
      <span aria-hidden="true" className="text-muted">
        ◐
      </span>
      <span className="sr-only">Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          chooseTheme(parseTheme(e.target.value));
          window.dispatchEvent(new Event(CHANGED));
        }}
        className="rounded-md border border-border bg-surface px-1.5 py-1 text-sm"
        data-testid="theme-switch"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABEL[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
