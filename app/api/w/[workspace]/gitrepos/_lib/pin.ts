// Pin a GitRepo to a commit, or unpin it back to its branch, as the person (their RBAC decides). Guarded by the
// version the page showed: a GitRepo whose settings changed meanwhile is refused with a 409 in words, never
// overwritten (pinConflict: Fleet's own status writes are not a conflict); the merge patch carries the
// resourceVersion just checked, so a change racing this request is refused by the API server.
import { z } from 'zod';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { isGitRepoPinned, pinConflict, pinGitRepoPatch, unpinGitRepoPatch, type GitRepoPinRequestSchema, type PinResult } from '@/lib/fleet/pin';
import type { K8sClient } from '@/lib/k8s/client';
import { HttpError } from '@/lib/http/http-error';

export async function pinOrUnpin(client: K8sClient, namespace: string, name: string, req: z.output<typeof GitRepoPinRequestSchema>): Promise<PinResult> {
  const cur = GitRepoSchema.parse(await client.get('gitrepos', namespace, name));
  const conflict = pinConflict(cur, req);
  if (conflict) throw new HttpError(409, `GitRepo ${name}: ${conflict}. Nothing was changed: look at it again and retry.`);
  if (req.action === 'unpin' && !isGitRepoPinned(cur)) throw new HttpError(409, `GitRepo ${name} is not pinned to a commit: there is nothing to unpin.`);
  const patch = req.action === 'pin' ? pinGitRepoPatch(cur, req.sha) : unpinGitRepoPatch(cur);
  const updated = GitRepoSchema.parse(
    await client.mergePatch('gitrepos', namespace, name, { ...patch, metadata: { ...patch.metadata, resourceVersion: cur.metadata.resourceVersion } }),
  );
  const message =
    req.action === 'pin'
      ? `Pinned to ${req.sha.slice(0, 7)}: Fleet deploys this commit until it is unpinned.`
      : `Unpinned: follows ${updated.spec.branch ? `branch ${updated.spec.branch}` : "Fleet's default branch (master)"} again.`;
  return { message, pinned: isGitRepoPinned(updated), resourceVersion: updated.metadata.resourceVersion };
}
