// Light, dark or the system's choice. The choice lives in localStorage (it is a display preference, not a secret);
// <html> carries class "dark" (Tailwind's `dark:` variant, see app/globals.css) and data-theme (the choice).
// THEME_SCRIPT runs inline in <head> before the body exists, so the first paint already has the right colours.

export const THEME_KEY = 'fleetdash-theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Anything stored that is not light or dark means "follow the system". */
export function parseTheme(v: unknown): Theme {
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function isDark(theme: Theme, systemDark: boolean): boolean {
  return theme === 'dark' || (theme === 'system' && systemDark);
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Reads the stored choice and sets <html>'s class and data-theme; follows the system's changes and other tabs'
 * choices. Plain ES5 (it is not compiled), the same rule as isDark; storage may be blocked (then: system).
 */
export const THEME_SCRIPT = `(function(){var k=${JSON.stringify(THEME_KEY)},d=document.documentElement,m=window.matchMedia(${JSON.stringify(DARK_QUERY)});
function a(){var t=null;try{t=localStorage.getItem(k)}catch(e){}if(t!=='light'&&t!=='dark')t='system';
d.classList.toggle('dark',t==='dark'||(t==='system'&&m.matches));d.setAttribute('data-theme',t)}
a();m.addEventListener('change',a);window.addEventListener('storage',function(e){if(e.key===k)a()})})();`;

/** The choice made in this browser ('system' where storage is blocked). */
export function storedTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

/** Stores the choice and applies it to this tab at once (other tabs follow through the storage event). */
export function chooseTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts until the page is reloaded.
  }
  const root = document.documentElement;
  root.classList.toggle('dark', isDark(theme, window.matchMedia(DARK_QUERY).matches));
  root.setAttribute('data-theme', theme);
}
