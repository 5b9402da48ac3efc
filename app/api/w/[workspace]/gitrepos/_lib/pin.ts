// Pin a GitRepo to a commit, or unpin it back to its branch, as the person (their RBAC decides). Guarded by the
// resourceVersion the page showed: a GitRepo changed meanwhile is refused with a 409 in words, never overwritten;
// the merge patch carries that resourceVersion too, so a change racing this request is refused by the API server.
import { z } from 'zod';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import { isGitRepoPinned, pinGitRepoPatch, unpinGitRepoPatch, type GitRepoPinRequestSchema, type PinResult } from '@/lib/fleet/pin';
import type { K8sClient } from '@/lib/k8s/client';
import { HttpError } from '@/lib/http/http-error';

export async function pinOrUnpin(client: K8sClient, namespace: string, name: string, req: z.output<typeof GitRepoPinRequestSchema>): Promise<PinResult> {
  const cur = GitRepoSchema.parse(await client.get('gitrepos', namespace, name));
  if (cur.metadata.resourceVersion !== req.resourceVersion) {
    throw new HttpError(
      409,
      `GitRepo ${name} changed after this page loaded it (someone edited it, or Fleet updated its status). Nothing was changed: look at it again and retry.`,
    );
  }
  if (req.action === 'unpin' && !isGitRepoPinned(cur)) throw new HttpError(409, `GitRepo ${name} is not pinned to a commit: there is nothing to unpin.`);
  const patch = req.action === 'pin' ? pinGitRepoPatch(cur, req.sha) : unpinGitRepoPatch(cur);
  const updated = GitRepoSchema.parse(
    await client.mergePatch('gitrepos', namespace, name, { ...patch, metadata: { ...patch.metadata, resourceVersion: req.resourceVersion } }),
  );
  const message =
    req.action === 'pin'
      ? `Pinned to ${req.sha.slice(0, 7)}: Fleet deploys this commit until it is unpinned.`
      : `Unpinned: follows ${updated.spec.branch ? `branch ${updated.spec.branch}` : "Fleet's default branch (master)"} again.`;
  return { message, pinned: isGitRepoPinned(updated), resourceVersion: updated.metadata.resourceVersion };
}
