// Fleet's name derivations (internal/names: KeyHash, SafeConcatName), for seed data and for
// cross-checking Cluster.status.namespace. The UI itself should read status.namespace.
import { sha256Hex } from './sha256';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** KeyHash: first 12 hex chars of sha256 of the first 100 bytes. */
export function keyHash(s: string): string {
  return sha256Hex(enc.encode(s).slice(0, 100)).slice(0, 12);
}

/**
 * SafeConcatName: join with "-"; from 64 bytes on, keep 57 bytes (56 if byte 57 is not [a-z0-9])
 * and append "-" + 5 (resp. 6) hex chars of sha256 of the full string, so the result has 63.
 */
export function safeConcatName(...parts: string[]): string {
  const full = parts.join('-');
  const bytes = enc.encode(full);
  if (bytes.length < 64) return full;
  const digest = sha256Hex(bytes);
  const c = String.fromCharCode(bytes[56]!);
  if (/[a-z0-9]/.test(c)) return `${dec.decode(bytes.slice(0, 57))}-${digest.slice(0, 5)}`;
  return `${dec.decode(bytes.slice(0, 56))}-${digest.slice(0, 6)}`;
}

/** The per-cluster namespace Fleet creates for Cluster <namespace>/<name>. */
export function clusterNamespaceName(namespace: string, name: string): string {
  return safeConcatName('cluster', namespace, name, keyHash(`${namespace}::${name}`));
}

/** Name Fleet gives a Cluster created by agent-initiated registration with this client ID. */
export function clusterNameForClientID(clientID: string): string {
  return safeConcatName('cluster', keyHash(clientID));
}
