import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTheme, isDark, parseTheme, storedTheme, THEME_KEY, THEME_SCRIPT } from './theme';

/** Just enough of a browser for the inline script and chooseTheme: <html>, localStorage, matchMedia, events. */
function fakeBrowser(stored: string | null, systemDark: boolean) {
  const classes = new Set<string>();
  const attrs = new Map<string, string>();
  const store = new Map<string, string>(stored === null ? [] : [[THEME_KEY, stored]]);
  const media = { matches: systemDark, listeners: [] as (() => void)[], addEventListener: (_: string, f: () => void) => media.listeners.push(f) };
  const windowListeners: ((e: { key: string }) => void)[] = [];
  const document = {
    documentElement: {
      classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)), contains: (c: string) => classes.has(c) },
      setAttribute: (k: string, v: string) => attrs.set(k, v),
    },
  };
  const localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  };
  const window = { matchMedia: () => media, addEventListener: (_: string, f: (e: { key: string }) => void) => windowListeners.push(f) };
  return {
    document, window, localStorage, store,
    dark: () => classes.has('dark'),
    theme: () => attrs.get('data-theme'),
    runScript: () => new Function('document', 'window', 'localStorage', THEME_SCRIPT)(document, window, localStorage),
    systemChanges: (dark: boolean) => {
      media.matches = dark;
      media.listeners.forEach((f) => f());
    },
    otherTabStores: (v: string) => {
      store.set(THEME_KEY, v);
      windowListeners.forEach((f) => f({ key: THEME_KEY }));
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('theme', () => {
  it('reads light and dark; anything else follows the system', () => {
    expect(['light', 'dark', 'system', null, 'DARK', 1].map(parseTheme)).toEqual(['light', 'dark', 'system', 'system', 'system', 'system']);
    expect([isDark('dark', false), isDark('light', true), isDark('system', true), isDark('system', false)]).toEqual([true, false, true, false]);
  });

  it('the inline script applies the same rule as isDark, for every stored value and system preference', () => {
    for (const stored of [null, 'light', 'dark', 'system', 'bogus']) {
      for (const systemDark of [false, true]) {
        const b = fakeBrowser(stored, systemDark);
        b.runScript();
        expect({ stored, systemDark, dark: b.dark(), theme: b.theme() }).toEqual({
          stored, systemDark, dark: isDark(parseTheme(stored), systemDark), theme: parseTheme(stored),
        });
      }
    }
  });

  it('the inline script follows the system while the choice is "system", and another tab’s choice', () => {
    const b = fakeBrowser(null, false);
    b.runScript();
    b.systemChanges(true);
    expect(b.dark()).toBe(true);
    b.otherTabStores('light');
    expect([b.dark(), b.theme()]).toEqual([false, 'light']);
    b.systemChanges(false);
    b.systemChanges(true);
    expect(b.dark()).toBe(false);
  });

  it('chooseTheme stores the choice and applies it at once; "system" removes it', () => {
    const b = fakeBrowser(null, true);
    vi.stubGlobal('document', b.document);
    vi.stubGlobal('window', b.window);
    vi.stubGlobal('localStorage', b.localStorage);
    chooseTheme('light');
    expect([b.dark(), b.theme(), storedTheme()]).toEqual([false, 'light', 'light']);
    chooseTheme('system');
    expect([b.dark(), b.theme(), b.store.has(THEME_KEY)]).toEqual([true, 'system', false]);
  });

  it('storage that throws means "system"', () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('blocked'); } });
    expect(storedTheme()).toBe('system');
  });
});
