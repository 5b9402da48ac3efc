// Whether the Secrets GitRepos name exist, checked as the person (metadata GET or dry-run create: no Secret data is
// ever read). Memoised per person: fresh for SECRET_TTL_MS; after that the last answer still serves (up to
// SECRET_STALE_MS) while one check in the background renews it, so a troubleshooting request right after a change
// costs no API round trips. The recreate route forgets its Secret so the finding clears at once.
import type { Person } from '@/lib/auth/current';
import { forIdentity } from './client';
import { personKey } from '@/lib/cache/authz';

/** Secret checks are API calls as the person: bounded per request, the rest relies on Fleet's condition text. */
const MAX_SECRET_CHECKS = 60;
const SECRET_TTL_MS = 20_000;
const SECRET_STALE_MS = 5 * 60_000;
const MAX_MEMO = 5000;

type Exists = (ns: string, name: string) => Promise<boolean | undefined>;
interface Memo {
  at: number;
  exists: boolean | undefined;
  renewing?: Promise<void>;
}
const secretMemo = new Map<string, Memo>();

function remember(key: string, exists: boolean | undefined): void {
  if (secretMemo.size > MAX_MEMO) secretMemo.clear();
  secretMemo.set(key, { at: Date.now(), exists });
}

/** What `refs` answer for one person, by `exists` (an API call as that person); memo keys start with `who`. */
export async function checkSecretsWith(who: string, exists: Exists, refs: { ns: string; name: string }[]): Promise<Map<string, boolean | undefined>> {
  const out = new Map<string, boolean | undefined>();
  const check = (r: { ns: string; name: string }) => exists(r.ns, r.name).catch(() => undefined);
  const todo: { ns: string; name: string; key: string }[] = [];
  for (const r of refs.slice(0, MAX_SECRET_CHECKS)) {
    const key = `${who}\u0000${r.ns}/${r.name}`;
    const hit = secretMemo.get(key);
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && age < SECRET_STALE_MS) {
      out.set(`${r.ns}/${r.name}`, hit.exists);
      if (age >= SECRET_TTL_MS && !hit.renewing) {
        hit.renewing = check(r).then((v) => {
          if (secretMemo.get(key) === hit) remember(key, v);
        });
      }
    } else todo.push({ ...r, key });
  }
  let i = 0;
  const worker = async () => {
    while (i < todo.length) {
      const r = todo[i++]!;
      const v = await check(r);
      remember(r.key, v);
      out.set(`${r.ns}/${r.name}`, v);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return out;
}

export function checkSecrets(person: Person, refs: { ns: string; name: string }[]): Promise<Map<string, boolean | undefined>> {
  const k = forIdentity(person.identity);
  return checkSecretsWith(personKey(person.identity), (ns, name) => k.secrets.exists(ns, name), refs);
}

/** After a Secret is created: every person's memo of it is stale. */
export function forgetSecret(ns: string, name: string): void {
  const suffix = `\u0000${ns}/${name}`;
  for (const k of secretMemo.keys()) if (k.endsWith(suffix)) secretMemo.delete(k);
}
