// Fleet's naming helpers, byte-for-byte: the per-cluster namespace that holds BundleDeployments
// (internal/cmd/controller/agentmanagement/controllers/cluster/controller.go: clusterNamespace),
// names.KeyHash (internal/names/keyhash.go) and wrangler's name.SafeConcatName.
import { createHash } from 'node:crypto';

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** First 12 hex chars of sha256 of the (≤100 char) key. */
export function keyHash(s: string): string {
  return sha256(s.length > 100 ? s.slice(0, 100) : s).slice(0, 12);
}

/** Joins with "-"; names of 64+ chars are cut to 57 (or 56) chars plus a short sha256 suffix. */
export function safeConcatName(...parts: string[]): string {
  const full = parts.join('-');
  if (full.length < 64) return full;
  const digest = sha256(full);
  const c = full.charAt(56);
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return `${full.slice(0, 57)}-${digest.slice(0, 5)}`;
  return `${full.slice(0, 56)}-${digest.slice(0, 6)}`;
}

/** `cluster-<workspace>-<name>-<hash12>`, e.g. fleet-local/local → cluster-fleet-local-local-1a3d67d0a899. */
export function clusterNamespace(workspace: string, clusterName: string): string {
  return safeConcatName('cluster', workspace, clusterName, keyHash(`${workspace}::${clusterName}`));
}
