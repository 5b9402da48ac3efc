// Chart versions as Fleet's HelmOp reconciler reads spec.helm.version (github.com/rancher/fleet
// v0.16.0 internal/cmd/controller/helmops/reconciler/helmop_controller.go): an exact version when
// Masterminds semver's StrictNewVersion accepts it (then Fleet never polls), otherwise a constraint
// resolved against the repository's index (bundlereader.ChartVersion, Masterminds constraints).
// node-semver (`semver`) checks and resolves constraints here; Masterminds' comma (AND) is
// translated to node-semver's space, the only syntax difference that matters for typed input.
import semver from 'semver';

// semver.org's regular expression: what StrictNewVersion accepts (no "v" prefix, all three parts).
const STRICT_SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** True for an exact version ("1.2.3", "1.2.3-rc.1+b5"): Fleet deploys it as is and never polls. */
export function isExactVersion(v: string): boolean {
  return STRICT_SEMVER.test(v.trim());
}

export type VersionKind = 'latest' | 'exact' | 'range';

/** '' = latest stable version, exact, or a constraint (anything else that parses as a range). */
export function versionKind(v: string): VersionKind {
  const t = v.trim();
  if (t === '') return 'latest';
  return isExactVersion(t) ? 'exact' : 'range';
}

function toNodeRange(constraint: string): string {
  return constraint.trim().replace(/\s*,\s*/g, ' ');
}

/** Field error for a version input ('' is fine: the latest stable version). */
export function versionError(v: string): string | undefined {
  const t = v.trim();
  if (t === '' || isExactVersion(t)) return undefined;
  if (/^v\d/.test(t) && isExactVersion(t.slice(1))) return `Write the version without "v": ${t.slice(1)}`;
  if (semver.validRange(toNodeRange(t)) === null) {
    return 'Not a version or a version range: use e.g. 1.2.3, ^1.2, ~1.2.0, >=1.0.0 <2.0.0 or 1.x';
  }
  return undefined;
}

/**
 * The version a constraint selects among `versions` (a chart index's entries), as Fleet would
 * resolve it: the highest satisfying version; '' selects the highest stable (non-prerelease) one.
 */
export function resolveVersion(constraint: string, versions: readonly string[]): string | undefined {
  const valid = versions.filter((v) => semver.valid(v) !== null);
  const t = constraint.trim();
  if (t === '') return semver.maxSatisfying(valid, '*') ?? undefined;
  if (isExactVersion(t)) return valid.find((v) => semver.eq(v, t)) ;
  return semver.maxSatisfying(valid, toNodeRange(t)) ?? undefined;
}

/** Versions newest first (invalid ones last, in their order). */
export function sortVersionsDesc(versions: readonly string[]): string[] {
  const valid = versions.filter((v) => semver.valid(v) !== null);
  const invalid = versions.filter((v) => semver.valid(v) === null);
  return [...semver.rsort([...valid]), ...invalid];
}
