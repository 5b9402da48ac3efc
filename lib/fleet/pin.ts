// Pin to a commit / chart version: the helpers behind "roll back to a known-good commit" and its
// undo. In github.com/rancher/fleet v0.16.0 the branch wins over the revision: gitjob passes
// `--branch` whenever spec.branch is set and only otherwise `--revision`
// (internal/cmd/controller/gitops/reconciler/gitjob.go; internal/cmd/cli/gitcloner/cloner.go logs
// "Revision will be skipped"). So pinning sets spec.revision AND clears spec.branch, remembering the
// branch in an annotation so unpinning can put it back. A full SHA is required: gitcloner checks it
// out directly only when plumbing.IsHash accepts it (40 or 64 hex digits). While pinned, Fleet's
// polling still reads the head of the branch ("master" when none: pkg/git/fetch.go LatestCommit)
// into status.pollingCommit. Commits to offer: Fleet reports only status.commit (deployed),
// status.pollingCommit and status.webhookCommit — no history of previous commits, so an older
// known-good commit must be typed in. A HelmOp is pinned when spec.helm.version is an exact version
// (Fleet then stops polling: helmops/reconciler usesPolling); unpinning restores the range it had,
// remembered in an annotation.
import { z } from 'zod';
import { isExactVersion } from '@/lib/helm/version';

type GitRepoLike = {
  metadata?: { annotations?: Record<string, string> };
  spec: { branch?: string; revision?: string };
  status?: { commit?: string; pollingCommit?: string; webhookCommit?: string } | null;
};
type HelmOpLike = { spec: { helm?: { version?: string; chart?: string } } };

/** Where the branch a pinned GitRepo followed is kept ("" = none was set: Fleet's default applies). */
export const UNPIN_BRANCH_ANNOTATION = 'fleet-dashboard/unpin-branch';

/** Git object names: 40 (SHA-1) or 64 (SHA-256) hex digits; `allowShort` also accepts 7+ digit abbreviations (display, search). */
export function shaError(v: string, opts: { allowShort?: boolean } = {}): string | undefined {
  const t = v.trim();
  if (t === '') return 'Enter a commit SHA';
  if (!/^[0-9a-fA-F]+$/.test(t)) return 'A commit SHA is made of hexadecimal digits (0-9, a-f)';
  if (t.length === 40 || t.length === 64) return undefined;
  if (opts.allowShort && t.length >= 7 && t.length < 40) return undefined;
  return opts.allowShort ? 'A commit SHA has 7 to 40 hexadecimal digits (64 for SHA-256 repositories)' : 'Enter the full commit SHA (40 hexadecimal digits, 64 for SHA-256 repositories)';
}

/** A full commit SHA as typed (surrounding spaces dropped, lower-cased); the error is shaError's words. Client and server. */
export const PinShaSchema = z
  .string()
  .superRefine((v, ctx) => {
    const m = shaError(v);
    if (m) ctx.addIssue({ code: 'custom', message: m });
  })
  .transform((v) => v.trim().toLowerCase());

const Loaded = { resourceVersion: z.string().min(1), generation: z.number().int().min(0) };

/**
 * What the pin route takes: pin to `sha`, or unpin; `resourceVersion` and `generation` as the page showed the
 * GitRepo, so a change of its settings made meanwhile (another pin, an edit) is refused with a 409 instead of
 * overwritten (pinConflict).
 */
export const GitRepoPinRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pin'), sha: PinShaSchema, ...Loaded }),
  z.object({ action: z.literal('unpin'), ...Loaded }),
]);

/**
 * Why a pin/unpin made from what the page showed (`loaded`) must not be applied to the GitRepo as it is now, or
 * undefined. Fleet writes a GitRepo's status on every poll (resourceVersion changes every few seconds), so a
 * different resourceVersion alone is no conflict; a different generation (spec changed: another pin, an edit) is.
 * The write itself then carries the current resourceVersion, so
 * anything changing between this check and the write is refused by the API server (409).
 */
export function pinConflict(
  current: { metadata: { resourceVersion?: string; generation?: number; annotations?: Record<string, string> } },
  loaded: { resourceVersion: string; generation: number },
): string | undefined {
  if (current.metadata.resourceVersion === loaded.resourceVersion) return undefined;
  if ((current.metadata.generation ?? 0) !== loaded.generation) {
    return `its settings changed after this page loaded them (generation ${loaded.generation} → ${current.metadata.generation ?? 0})`;
  }
  return undefined;
}
export type GitRepoPinRequest = z.input<typeof GitRepoPinRequestSchema>;

/** What the pin route answers. */
export const PinResultSchema = z.object({ message: z.string(), pinned: z.boolean(), resourceVersion: z.string().optional() });
export type PinResult = z.infer<typeof PinResultSchema>;

/** Pinned: a revision is set and no branch overrides it. */
export function isGitRepoPinned(g: GitRepoLike): boolean {
  return !!g.spec.revision?.trim() && !g.spec.branch;
}

export interface CommitChoice {
  sha: string;
  /** What Fleet said about it. */
  label: 'deployed' | 'newest seen by polling' | 'from webhook' | 'pinned';
}

/** Commits the dashboard can offer for pinning, each once, the deployed one first. */
export function commitChoices(g: GitRepoLike): CommitChoice[] {
  const out: CommitChoice[] = [];
  const add = (sha: string | undefined, label: CommitChoice['label']) => {
    if (sha && shaError(sha) === undefined && !out.some((c) => c.sha === sha)) out.push({ sha, label });
  };
  add(g.status?.commit, 'deployed');
  add(g.status?.pollingCommit, 'newest seen by polling');
  add(g.status?.webhookCommit, 'from webhook');
  add(g.spec.revision, 'pinned');
  return out;
}

export interface GitRepoPinPatch {
  metadata: { annotations: Record<string, string | null> };
  spec: { revision: string | null; branch: string | null };
}

/** JSON merge patch pinning a GitRepo to `sha`: revision set, branch cleared and remembered. */
export function pinGitRepoPatch(g: GitRepoLike, sha: string): GitRepoPinPatch {
  const m = shaError(sha);
  if (m) throw new Error(m);
  // Re-pinning keeps the branch remembered by the first pin.
  const remembered = g.metadata?.annotations?.[UNPIN_BRANCH_ANNOTATION];
  const branch = g.spec.branch ?? (isGitRepoPinned(g) ? remembered : undefined) ?? '';
  return { metadata: { annotations: { [UNPIN_BRANCH_ANNOTATION]: branch } }, spec: { revision: sha.trim().toLowerCase(), branch: null } };
}

/** JSON merge patch returning to the remembered branch (null deletes a field). */
export function unpinGitRepoPatch(g: GitRepoLike): GitRepoPinPatch {
  const branch = g.metadata?.annotations?.[UNPIN_BRANCH_ANNOTATION] || g.spec.branch || null;
  return { metadata: { annotations: { [UNPIN_BRANCH_ANNOTATION]: null } }, spec: { revision: null, branch } };
}

/** Words for the row/badge: "Pinned to abc1234…" or "Follows main". */
export function gitRepoPinText(g: GitRepoLike): string {
  if (isGitRepoPinned(g)) return `Pinned to ${g.spec.revision!.trim().slice(0, 12)}`;
  return g.spec.branch ? `Follows ${g.spec.branch}` : g.spec.revision ? `At revision ${g.spec.revision}` : 'Follows master (Fleet\'s default branch)';
}

/** Where the version range a pinned HelmOp had is kept ("" = none: latest stable). */
export const UNPIN_VERSION_ANNOTATION = 'fleet-dashboard/unpin-version';

type HelmOpMetaLike = HelmOpLike & { metadata?: { annotations?: Record<string, string> } };

/** Pinned: an exact chart version (archives have no version and are neither). */
export function isHelmOpPinned(h: HelmOpLike): boolean {
  return isExactVersion(h.spec.helm?.version ?? '');
}

export interface HelmOpPinPatch {
  metadata: { annotations: Record<string, string | null> };
  spec: { helm: { version: string | null } };
}

/** Merge patch pinning a HelmOp to an exact version (e.g. status.version, the one deployed); the range is remembered. */
export function pinHelmOpPatch(h: HelmOpMetaLike, version: string): HelmOpPinPatch {
  if (!isExactVersion(version)) throw new Error(`"${version}" is not an exact chart version (e.g. 1.2.3)`);
  const current = h.spec.helm?.version ?? '';
  const remembered = isHelmOpPinned(h) ? (h.metadata?.annotations?.[UNPIN_VERSION_ANNOTATION] ?? '') : current;
  return { metadata: { annotations: { [UNPIN_VERSION_ANNOTATION]: remembered } }, spec: { helm: { version: version.trim() } } };
}

/**
 * Merge patch returning to a range: `range` when given, else the one remembered when pinning, else
 * "^<major>" of the pinned version; '' removes the version (latest stable).
 */
export function unpinHelmOpPatch(h: HelmOpMetaLike, range?: string): HelmOpPinPatch {
  const remembered = h.metadata?.annotations?.[UNPIN_VERSION_ANNOTATION];
  const v = h.spec.helm?.version ?? '';
  const next = range ?? remembered ?? (isExactVersion(v) ? `^${v.split('.')[0]}` : '');
  return { metadata: { annotations: { [UNPIN_VERSION_ANNOTATION]: null } }, spec: { helm: { version: next.trim() === '' ? null : next.trim() } } };
}
