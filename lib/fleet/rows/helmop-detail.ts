// What the HelmOp detail page shows beyond the object: its Bundle(s) and per-cluster deployments
// (the same rows as a GitRepo's, from the watch cache), the version story (asked → resolved →
// deployed, whether Fleet polls for newer ones) and the actions, pin/unpin included. Fleet's
// HelmOp reconciler (github.com/rancher/fleet v0.16.0 internal/cmd/controller/helmops/reconciler)
// polls only when spec.pollingInterval is set and the version is not exact and not a .tgz chart
// (usesPolling); status.lastPollingTriggered says when it last did.
import { z } from 'zod';
import { isExactVersion, versionKind } from '@/lib/helm/version';
import type { HelmOp } from '../kinds/helmop';
import { durationMs } from '../go-duration';
import { GitRepoBundleRowSchema, GitRepoClusterRowSchema } from './gitrepo-detail';
import { helmOpState } from '../object-state';

export const HelmOpVersionInfoSchema = z.object({
  /** What spec.helm.version asks for ('' = latest stable). */
  asked: z.string(),
  askedKind: z.enum(['latest', 'exact', 'range', 'archive']),
  /** status.version: what Fleet resolved and put in the Bundle. */
  resolved: z.string().optional(),
  /** The resolved version once every targeted cluster is Ready with it. */
  deployed: z.string().optional(),
  pinned: z.boolean(),
  polls: z.boolean(),
  pollingInterval: z.string().optional(),
  lastPolled: z.string().optional(),
  /** Why Fleet does not look for newer versions, when it does not. */
  notPollingBecause: z.string().optional(),
});
export type HelmOpVersionInfo = z.infer<typeof HelmOpVersionInfoSchema>;

export function helmOpVersionInfo(h: Pick<HelmOp, 'metadata' | 'spec' | 'status'>): HelmOpVersionInfo {
  const asked = h.spec.helm?.version ?? '';
  const archive = /\.tgz$/i.test(h.spec.helm?.chart ?? '');
  const interval = h.spec.pollingInterval || undefined;
  const intervalMs = durationMs(interval) ?? 0;
  let notPollingBecause: string | undefined;
  if (archive) notPollingBecause = 'A chart archive (.tgz) has no other versions to look for.';
  else if (isExactVersion(asked)) notPollingBecause = 'The version is exact (pinned): there is nothing newer to resolve.';
  else if (intervalMs === 0) notPollingBecause = 'No polling interval is set: the range was resolved once, when the HelmOp last changed.';
  const resolved = h.status?.version || undefined;
  const ready = helmOpState(h).state === 'Ready' && (h.status?.desiredReadyClusters ?? 0) > 0;
  return {
    asked,
    askedKind: archive ? 'archive' : versionKind(asked),
    resolved,
    deployed: ready ? resolved : undefined,
    pinned: !archive && isExactVersion(asked),
    polls: notPollingBecause === undefined,
    pollingInterval: interval,
    lastPolled: h.status?.lastPollingTriggered ?? undefined,
    notPollingBecause,
  };
}

export const HelmOpDetailSchema = z.object({
  object: z.looseObject({ metadata: z.looseObject({ name: z.string() }), spec: z.looseObject({}) }),
  version: HelmOpVersionInfoSchema,
  bundles: z.array(GitRepoBundleRowSchema),
  clusters: z.array(GitRepoClusterRowSchema),
  relatedError: z.string().optional(),
});
export type HelmOpDetail = z.infer<typeof HelmOpDetailSchema>;

export const HELMOP_ACTIONS = ['pause', 'unpause', 'forceUpdate', 'pin', 'unpin'] as const;
export const HelmOpActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['pause', 'unpause', 'forceUpdate']) }),
  z.object({ action: z.literal('pin'), version: z.string().trim().refine(isExactVersion, 'Pick an exact version (e.g. 1.2.3) to pin to') }),
  z.object({ action: z.literal('unpin'), range: z.string().trim().optional() }),
]);
export type HelmOpAction = z.infer<typeof HelmOpActionSchema>;
