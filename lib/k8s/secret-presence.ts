// Whether the Secrets GitRepos name exist, checked as the person (metadata GET or dry-run create: no Secret data is
// ever read). Memoised briefly per person; the recreate route forgets its Secret so the finding clears at once.
import type { Person } from '@/lib/auth/current';
import { forIdentity } from './client';
import { personKey } from '@/lib/cache/authz';

/** Secret checks are API calls as the person: bounded per request, the rest relies on Fleet's condition text. */
const MAX_SECRET_CHECKS = 60;
const SECRET_TTL_MS = 20_000;
const secretMemo = new Map<string, { at: number; exists: boolean | undefined }>();

export async function checkSecrets(person: Person, refs: { ns: string; name: string }[]): Promise<Map<string, boolean | undefined>> {
  const k = forIdentity(person.identity);
  const who = personKey(person.identity);
  const out = new Map<string, boolean | undefined>();
  const todo = refs.slice(0, MAX_SECRET_CHECKS);
  let i = 0;
  const worker = async () => {
    while (i < todo.length) {
      const r = todo[i++]!;
      const key = `${who}\u0000${r.ns}/${r.name}`;
      const hit = secretMemo.get(key);
      if (hit && Date.now() - hit.at < SECRET_TTL_MS) {
        out.set(`${r.ns}/${r.name}`, hit.exists);
        continue;
      }
      const exists = await k.secrets.exists(r.ns, r.name).catch(() => undefined);
      if (secretMemo.size > 5000) secretMemo.clear();
      secretMemo.set(key, { at: Date.now(), exists });
      out.set(`${r.ns}/${r.name}`, exists);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return out;
}

/** After a Secret is created: every person's memo of it is stale. */
export function forgetSecret(ns: string, name: string): void {
  const suffix = `\u0000${ns}/${name}`;
  for (const k of secretMemo.keys()) if (k.endsWith(suffix)) secretMemo.delete(k);
}
