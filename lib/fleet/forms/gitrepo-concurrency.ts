// Optimistic concurrency for GitRepo edits.
import type { GitRepo } from '../kinds/gitrepo';

/**
 * The resourceVersion to write an edit with. Normally the one the person loaded, so any change in
 * between fails with 409. But Fleet writes status all the time (every poll), and each status write
 * moves the resourceVersion: if the spec is still the one they edited (same generation, which the
 * API server bumps on every spec change) the current resourceVersion is used, so only a real change
 * of the settings is a conflict. (Labels and annotations come from the current object anyway.)
 */
export function writeResourceVersion(current: Pick<GitRepo, 'metadata'>, loaded: { resourceVersion: string; generation?: number }): string {
  const same = loaded.generation !== undefined && current.metadata.generation === loaded.generation;
  return same && current.metadata.resourceVersion ? current.metadata.resourceVersion : loaded.resourceVersion;
}
