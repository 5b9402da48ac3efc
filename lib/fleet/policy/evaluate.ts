// Fleet's Policy enforcement, re-done in TypeScript so a page can show what a Policy (or an edit of
// it) would reject before Fleet does. Mirrors github.com/rancher/fleet v0.16.0
// internal/cmd/controller/policyrestrictions (Aggregate: policies sorted by name, booleans ORed,
// lists unioned, defaults first-non-empty; IsAllowed; IsAllowedByRegex: verbatim match or the
// pattern anchored as ^(?:p)$), helmops/reconciler/restrictions.go, gitops/reconciler/restrictions.go
// (GitRepoRestrictions merged in: their defaults win, their repo patterns are unanchored) and
// reconciler/bundle_policy.go. The messages are Fleet's, so they match the Accepted/Ready condition.
import type { Policy } from '../kinds/policy';
import { goRegexSource } from '../forms/spec-validators';

export interface MergedPolicy {
  requireServiceAccount: boolean;
  allowedServiceAccounts: string[];
  gitDefaultServiceAccount: string;
  gitDefaultClientSecretName: string;
  gitAllowedClientSecretNames: string[];
  gitAllowedRepoPatterns: string[];
  helmDefaultServiceAccount: string;
  helmDefaultHelmSecretName: string;
  helmAllowedHelmSecretNames: string[];
  helmAllowedRepoPatterns: string[];
  helmAllowedChartPatterns: string[];
}

type PolicyLike = Pick<Policy, 'metadata' | 'requireServiceAccount' | 'allowedServiceAccounts' | 'gitRepo' | 'helmOp'>;

export function aggregatePolicies(policies: readonly PolicyLike[]): MergedPolicy {
  const m: MergedPolicy = {
    requireServiceAccount: false,
    allowedServiceAccounts: [],
    gitDefaultServiceAccount: '',
    gitDefaultClientSecretName: '',
    gitAllowedClientSecretNames: [],
    gitAllowedRepoPatterns: [],
    helmDefaultServiceAccount: '',
    helmDefaultHelmSecretName: '',
    helmAllowedHelmSecretNames: [],
    helmAllowedRepoPatterns: [],
    helmAllowedChartPatterns: [],
  };
  const sorted = [...policies].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  for (const p of sorted) {
    if (p.requireServiceAccount) m.requireServiceAccount = true;
    m.allowedServiceAccounts.push(...(p.allowedServiceAccounts ?? []));
    if (p.gitRepo) {
      m.gitDefaultServiceAccount ||= p.gitRepo.defaultServiceAccount ?? '';
      m.gitDefaultClientSecretName ||= p.gitRepo.defaultClientSecretName ?? '';
      m.gitAllowedClientSecretNames.push(...(p.gitRepo.allowedClientSecretNames ?? []));
      m.gitAllowedRepoPatterns.push(...(p.gitRepo.allowedRepoPatterns ?? []));
    }
    if (p.helmOp) {
      m.helmDefaultServiceAccount ||= p.helmOp.defaultServiceAccount ?? '';
      m.helmDefaultHelmSecretName ||= p.helmOp.defaultHelmSecretName ?? '';
      m.helmAllowedHelmSecretNames.push(...(p.helmOp.allowedHelmSecretNames ?? []));
      m.helmAllowedRepoPatterns.push(...(p.helmOp.allowedHelmRepoPatterns ?? []));
      m.helmAllowedChartPatterns.push(...(p.helmOp.allowedChartPatterns ?? []));
    }
  }
  return m;
}

/** Go's `%v` of a []string: "[a b]". */
const goList = (xs: readonly string[]) => `[${xs.join(' ')}]`;

/** A Go (RE2) pattern as a JS RegExp: (?P<name> and a leading (?flags) translated; throws when invalid. */
export function goRegExp(pattern: string, anchored: boolean): RegExp {
  const { src, flags } = goRegexSource(pattern);
  return new RegExp(anchored ? `^(?:${src})$` : src, flags);
}

type Check = { ok: true; value: string } | { ok: false; error: string };

function isAllowed(current: string, def: string, allowed: readonly string[]): Check {
  if (current === '') return { ok: true, value: def };
  if (allowed.length === 0 || allowed.includes(current)) return { ok: true, value: current };
  return { ok: false, error: `${current} not in allowed set ${goList(allowed)}` };
}

function isAllowedByRegex(current: string, patterns: readonly string[], anchored: boolean, who: 'policy' | 'GitRepoRestriction'): Check {
  if (current === '' || patterns.length === 0) return { ok: true, value: current };
  for (const p of patterns) {
    if (p === current) return { ok: true, value: current };
    let re: RegExp;
    try {
      re = goRegExp(p, anchored);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, error: who === 'policy' ? `policy failed to compile regex "${p}": ${detail}` : `GitRepoRestriction failed to compile regex '${p}': ${detail}` };
    }
    if (re.test(current)) return { ok: true, value: current };
  }
  return { ok: false, error: `${current} not in allowed set ${goList(patterns)}` };
}

export type Verdict = { allowed: true; defaults: Record<string, string> } | { allowed: false; reason: string };

interface HelmOpLike {
  spec: { serviceAccount?: string; helmSecretName?: string | null; helm?: { repo?: string; chart?: string } | null };
}

/** Would Fleet's HelmOp reconciler accept this HelmOp under these policies? (AuthorizeAndAssignDefaults) */
export function evaluateHelmOp(h: HelmOpLike, policies: readonly PolicyLike[]): Verdict {
  if (policies.length === 0) return { allowed: true, defaults: {} };
  const pol = aggregatePolicies(policies);
  const defaults: Record<string, string> = {};
  let sa = h.spec.serviceAccount ?? '';
  if (!sa && pol.helmDefaultServiceAccount) sa = defaults.serviceAccount = pol.helmDefaultServiceAccount;
  let secret = h.spec.helmSecretName ?? '';
  if (!secret && pol.helmDefaultHelmSecretName) secret = defaults.helmSecretName = pol.helmDefaultHelmSecretName;
  if (pol.requireServiceAccount && !sa) return { allowed: false, reason: 'serviceAccount is required by Policy but is not set' };
  const a = isAllowed(sa, '', pol.allowedServiceAccounts);
  if (!a.ok) return { allowed: false, reason: `disallowed serviceAccount ${sa}: ${a.error}` };
  const s = isAllowed(secret, '', pol.helmAllowedHelmSecretNames);
  if (!s.ok) return { allowed: false, reason: `disallowed helmSecretName ${secret}: ${s.error}` };
  if (h.spec.helm) {
    const repo = h.spec.helm.repo ?? '';
    const r = isAllowedByRegex(repo, pol.helmAllowedRepoPatterns, true, 'policy');
    if (!r.ok) return { allowed: false, reason: `disallowed helm repo ${repo}: ${r.error}` };
    const chart = h.spec.helm.chart ?? '';
    const c = isAllowedByRegex(chart, pol.helmAllowedChartPatterns, true, 'policy');
    if (!c.ok) return { allowed: false, reason: `disallowed helm chart ${chart}: ${c.error}` };
  }
  return { allowed: true, defaults };
}

interface GitRepoLike {
  spec: { repo: string; serviceAccount?: string; clientSecretName?: string; targetNamespace?: string };
}
interface RestrictionLike {
  metadata: { name: string };
  defaultServiceAccount?: string;
  allowedServiceAccounts?: string[] | null;
  allowedRepoPatterns?: string[] | null;
  defaultClientSecretName?: string;
  allowedClientSecretNames?: string[] | null;
  allowedTargetNamespaces?: string[] | null;
  allowedTargetNamespaceSelector?: unknown;
}

/** Would Fleet's GitRepo reconciler accept this GitRepo under these Policies and GitRepoRestrictions? */
export function evaluateGitRepo(g: GitRepoLike, policies: readonly PolicyLike[], restrictions: readonly RestrictionLike[] = []): Verdict {
  if (policies.length === 0 && restrictions.length === 0) return { allowed: true, defaults: {} };
  const sorted = [...restrictions].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  const first = (f: (r: RestrictionLike) => string | undefined) => sorted.map(f).find((v) => !!v) ?? '';
  const all = (f: (r: RestrictionLike) => string[] | null | undefined) => sorted.flatMap((r) => f(r) ?? []);
  const pol = aggregatePolicies(policies);
  const defaultSA = first((r) => r.defaultServiceAccount) || pol.gitDefaultServiceAccount;
  const defaultSecret = first((r) => r.defaultClientSecretName) || pol.gitDefaultClientSecretName;
  const allowedSAs = [...all((r) => r.allowedServiceAccounts), ...pol.allowedServiceAccounts];
  const allowedSecrets = [...all((r) => r.allowedClientSecretNames), ...pol.gitAllowedClientSecretNames];
  const allowedNS = all((r) => r.allowedTargetNamespaces);
  const nsSelector = sorted.some((r) => r.allowedTargetNamespaceSelector != null);
  const tns = g.spec.targetNamespace ?? '';
  if (allowedNS.length > 0 && !tns) return { allowed: false, reason: 'empty targetNamespace denied, because allowedTargetNamespaces restriction is present' };
  if (nsSelector && !tns) return { allowed: false, reason: 'empty targetNamespace denied, because allowedTargetNamespaceSelector restriction is present' };
  const n = isAllowed(tns, '', allowedNS);
  if (!n.ok) return { allowed: false, reason: `disallowed targetNamespace ${tns}: ${n.error}` };
  const sa = isAllowed(g.spec.serviceAccount ?? '', defaultSA, allowedSAs);
  if (!sa.ok) return { allowed: false, reason: `disallowed serviceAccount ${g.spec.serviceAccount}: ${sa.error}` };
  const grrPatterns = all((r) => r.allowedRepoPatterns);
  if (grrPatterns.length > 0 || pol.gitAllowedRepoPatterns.length > 0) {
    const grr = grrPatterns.length > 0 ? isAllowedByRegex(g.spec.repo, grrPatterns, false, 'GitRepoRestriction') : undefined;
    const p = !grr?.ok && pol.gitAllowedRepoPatterns.length > 0 ? isAllowedByRegex(g.spec.repo, pol.gitAllowedRepoPatterns, true, 'policy') : undefined;
    if (!grr?.ok && !p?.ok) {
      const err = grr && !grr.ok ? grr.error : p && !p.ok ? p.error : '';
      return { allowed: false, reason: `disallowed repo ${g.spec.repo}: ${err}` };
    }
  }
  const sec = isAllowed(g.spec.clientSecretName ?? '', defaultSecret, allowedSecrets);
  if (!sec.ok) return { allowed: false, reason: `disallowed clientSecretName ${g.spec.clientSecretName}: ${sec.error}` };
  if (pol.requireServiceAccount && !sa.value) return { allowed: false, reason: 'serviceAccount is required by Policy but is not set' };
  const defaults: Record<string, string> = {};
  if (!g.spec.serviceAccount && sa.value) defaults.serviceAccount = sa.value;
  if (!g.spec.clientSecretName && sec.value) defaults.clientSecretName = sec.value;
  return { allowed: true, defaults };
}

interface BundleLike {
  spec: { serviceAccount?: string; targets?: readonly { name?: string; serviceAccount?: string }[] | null };
}

/** Would Fleet's Bundle reconciler deploy this Bundle? (AuthorizeBundle: no defaults, per-target accounts checked) */
export function evaluateBundle(b: BundleLike, policies: readonly PolicyLike[]): Verdict {
  if (policies.length === 0) return { allowed: true, defaults: {} };
  const pol = aggregatePolicies(policies);
  const sa = b.spec.serviceAccount ?? '';
  if (pol.requireServiceAccount && !sa) return { allowed: false, reason: 'serviceAccount is required by Policy but is not set on the Bundle' };
  const a = isAllowed(sa, '', pol.allowedServiceAccounts);
  if (!a.ok) return { allowed: false, reason: `disallowed serviceAccount ${sa}: ${a.error}` };
  for (const t of b.spec.targets ?? []) {
    if (!t.serviceAccount) continue;
    const r = isAllowed(t.serviceAccount, '', pol.allowedServiceAccounts);
    if (!r.ok) return { allowed: false, reason: `disallowed serviceAccount ${t.serviceAccount} in target ${t.name ?? ''}: ${r.error}` };
  }
  return { allowed: true, defaults: {} };
}
