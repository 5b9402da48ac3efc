// Where to go after sign-in: only a page of this dashboard. The value is resolved the way a browser would resolve
// it against this origin (tabs and newlines dropped, backslashes read as slashes, %-escapes kept) and kept only when
// the result is on the same origin; "/\t/evil.example" resolves to //evil.example and is refused.
const BASE = 'http://dashboard.invalid';

export function safeNext(next: string | string[] | undefined | null, fallback = '/'): string {
  const n = typeof next === 'string' ? next : '';
  if (!n.startsWith('/')) return fallback;
  let u: URL;
  try {
    u = new URL(n, BASE);
  } catch {
    return fallback;
  }
  if (u.origin !== BASE) return fallback;
  const out = `${u.pathname}${u.search}${u.hash}`;
  // What we hand back is read again later (router.push, an href): it must survive a second resolution unchanged.
  return out.startsWith('/') && !out.startsWith('//') && new URL(out, BASE).origin === BASE ? out : fallback;
}
