// Dependency checks for CI, as pure functions over package.json, package-lock.json and `npm audit --json`:
// - reviewLockfile (offline): every dependency pinned to one exact version, the lockfile in step with package.json,
//   every installed package from the registry with a sha512 integrity hash, and install scripts only from packages
//   the project reviewed (package.json "allowScripts");
// - readAudit: npm audit's answer → advisories to fail on, or "the advisory service could not be asked" (a registry
//   outage, or a registry mirror without the audit endpoint), which must not fail CI by itself.

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
  hasInstallScript?: boolean;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
}

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** A registry tarball (https://<registry>/<name>/-/<name>-<version>.tgz), not git, a file or a plain http URL. */
const REGISTRY_TARBALL = /^https:\/\/[^/]+\/.+\/-\/[^/]+\.tgz$/;

/** The package name of a lockfile key ("node_modules/a/node_modules/@s/b" → "@s/b"). */
function nameOf(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

export function reviewLockfile(pkg: PackageJson, lock: Lockfile): string[] {
  const problems: string[] = [];
  if ((lock.lockfileVersion ?? 0) < 3) problems.push(`package-lock.json has lockfileVersion ${lock.lockfileVersion}; npm 9+ writes 3.`);
  const packages = lock.packages ?? {};
  const root = packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies'] as const) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (!EXACT.test(range)) problems.push(`${field}.${name} is "${range}": pin one exact version.`);
      if (root[field]?.[name] !== range) problems.push(`package-lock.json is out of step with package.json for ${name} (${root[field]?.[name] ?? 'missing'} vs ${range}): run npm install.`);
      const installed = packages[`node_modules/${name}`]?.version;
      if (EXACT.test(range) && installed !== range) problems.push(`package-lock.json installs ${name}@${installed ?? 'nothing'}, package.json pins ${range}.`);
    }
  }
  const allowed = pkg.allowScripts ?? {};
  for (const [key, e] of Object.entries(packages)) {
    if (!key || e.link || e.inBundle) continue; // the project itself, workspace links, files shipped inside a tarball
    const name = nameOf(key);
    if (e.resolved !== undefined && !REGISTRY_TARBALL.test(e.resolved)) problems.push(`${key} comes from ${e.resolved}, not the npm registry.`);
    if (!e.integrity?.startsWith('sha512-')) problems.push(`${key} has no sha512 integrity hash.`);
    if (e.hasInstallScript && allowed[name] !== true) problems.push(`${name} runs an install script that is not reviewed (add it to package.json "allowScripts" after reading it).`);
  }
  return problems;
}

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const RANK: Record<Severity, number> = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

export type AuditResult =
  | { kind: 'clean' }
  | { kind: 'advisories'; fail: string[]; warn: string[] }
  | { kind: 'unavailable'; reason: string };

interface AuditJson {
  error?: { code?: string; summary?: string; detail?: string } | null;
  message?: string;
  statusCode?: number;
  vulnerabilities?: Record<string, { name?: string; severity?: Severity; range?: string; via?: (string | { title?: string; url?: string })[] }>;
}

/** npm audit's JSON (and exit code) → what CI should do. Advisories at `failAt` or above fail. */
export function readAudit(stdout: string, failAt: Severity = 'moderate'): AuditResult {
  let j: AuditJson;
  try {
    j = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit gave no JSON answer (${stdout.trim().slice(0, 120) || 'empty'})` };
  }
  if (j.error || (j.statusCode !== undefined && !j.vulnerabilities)) {
    const why = j.message ?? j.error?.summary ?? j.error?.code ?? 'unknown error';
    return { kind: 'unavailable', reason: `the advisory service answered: ${why}` };
  }
  if (!j.vulnerabilities) return { kind: 'unavailable', reason: 'npm audit answered without a vulnerabilities report' };
  const fail: string[] = [];
  const warn: string[] = [];
  for (const [name, v] of Object.entries(j.vulnerabilities)) {
    const titles = (v.via ?? []).map((x) => (typeof x === 'string' ? `via ${x}` : `${x.title ?? ''} ${x.url ?? ''}`.trim())).join('; ');
    const line = `${v.severity ?? '?'}: ${name} ${v.range ?? ''} — ${titles}`;
    (RANK[v.severity ?? 'info'] >= RANK[failAt] ? fail : warn).push(line);
  }
  return fail.length || warn.length ? { kind: 'advisories', fail, warn } : { kind: 'clean' };
}
