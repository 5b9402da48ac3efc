// The GitRepos, HelmOps and Bundles of the given workspaces (from the watch cache, only those kinds the person may
// list there) that Fleet reports as rejected by policy, attributed to the Policies that reject them.
import type { Person } from '@/lib/auth/current';
import type { CacheKind } from '@/lib/cache/kinds';
import type { Policy } from '@/lib/fleet/kinds/policy';
import { policyRejections, type RejectableKind, type RejectableObject, type Rejection } from '@/lib/fleet/policy/rejected';
import { allIn, mayList, readyCache } from '@/lib/http/read';

const KINDS: [CacheKind, RejectableKind][] = [
  ['gitrepos', 'GitRepo'],
  ['helmops', 'HelmOp'],
  ['bundles', 'Bundle'],
];

export async function rejectionsIn(person: Person, workspaces: readonly string[], policies: readonly Policy[]): Promise<{ rejections: Rejection[]; unreadable: string[] }> {
  const objects: RejectableObject[] = [];
  const unreadable = new Set<string>();
  await readyCache(KINDS.map(([k]) => k));
  for (const ws of workspaces) {
    for (const [plural, kind] of KINDS) {
      if (!(await mayList(person, plural, ws))) {
        unreadable.add(kind);
        continue;
      }
      for (const e of await allIn(plural, ws)) objects.push({ ...(e.obj as Omit<RejectableObject, 'kind'>), kind });
    }
  }
  const rejections = policyRejections(objects, policies).sort((a, b) => a.namespace.localeCompare(b.namespace) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { rejections, unreadable: [...unreadable] };
}
