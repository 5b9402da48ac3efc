// What Fleet reports when a Policy rejects an object, parsed for a page. Fleet v0.16.0 reports a
// rejection in two places, with the same text (the error of the enforcement functions):
// - a condition: GitRepo and HelmOp Accepted=False (gitjob_controller.go updateErrorStatus,
//   helmop_controller.go updateErrorStatusHelm), Bundle Ready=False (bundle_controller.go);
// - a Warning Event with reason "PolicyViolation" on the object (action ApplyGitRepoRestrictions
//   for GitRepos, ApplyPolicyRestrictions for HelmOps and Bundles; the Bundle's message is prefixed
//   "Bundle in namespace <ns> violates Policy: ").
// Fleet does not say WHICH Policy rejected an object (policies are merged), and GitRepoRestrictions
// produce the same messages for GitRepos: evaluate.ts can re-check against each Policy to tell.
export type PolicyField = 'serviceAccount' | 'helmSecretName' | 'helmRepo' | 'helmChart' | 'repo' | 'clientSecretName' | 'targetNamespace';

export interface PolicyViolation {
  /** required: the field must be set; not-allowed: its value is not in the allowed set; bad-pattern: a pattern does not compile. */
  rule: 'required' | 'not-allowed' | 'bad-pattern';
  field: PolicyField;
  /** The rejected value ('' for required). */
  value: string;
  /** The allowed names or patterns Fleet listed. */
  allowed: string[];
  /** Bundle target that set its own service account. */
  target?: string;
  /** Fleet's message as is. */
  message: string;
}

const FIELD_OF: Record<string, PolicyField> = {
  serviceAccount: 'serviceAccount',
  helmSecretName: 'helmSecretName',
  'helm repo': 'helmRepo',
  'helm chart': 'helmChart',
  repo: 'repo',
  clientSecretName: 'clientSecretName',
  targetNamespace: 'targetNamespace',
};

const BUNDLE_PREFIX = /^Bundle in namespace \S+ violates Policy: /;
const DISALLOWED = /^disallowed (serviceAccount|helmSecretName|helm repo|helm chart|repo|clientSecretName|targetNamespace) (.*?)(?: in target (\S*))?: (.*)$/s;

/** Go's %v of a []string back to a list ("[a b]" → ["a", "b"]; names and patterns hold no spaces in practice). */
function goList(s: string): string[] {
  const inner = s.replace(/^\[/, '').replace(/\]$/, '').trim();
  return inner === '' ? [] : inner.split(' ');
}

/** A Fleet policy message as a violation, or undefined when the message is about something else. */
export function parsePolicyViolation(message: string | undefined): PolicyViolation | undefined {
  if (!message) return undefined;
  const text = message.replace(BUNDLE_PREFIX, '').trim();
  if (/^serviceAccount is required by Policy but is not set/.test(text)) return { rule: 'required', field: 'serviceAccount', value: '', allowed: [], message };
  const empty = /^empty targetNamespace denied, because (allowedTargetNamespaces|allowedTargetNamespaceSelector) restriction is present/.exec(text);
  if (empty) return { rule: 'required', field: 'targetNamespace', value: '', allowed: [], message };
  const m = DISALLOWED.exec(text);
  if (!m) return undefined;
  const [, what, value = '', target, rest = ''] = m;
  const field = FIELD_OF[what!]!;
  const compile = /^(?:policy failed to compile regex "(.*)"|GitRepoRestriction failed to compile regex '(.*)'): /s.exec(rest);
  if (compile) return { rule: 'bad-pattern', field, value, allowed: [compile[1] ?? compile[2] ?? ''], message };
  const set = / not in allowed set (\[.*\])$/s.exec(rest);
  return { rule: 'not-allowed', field, value, allowed: set ? goList(set[1]!) : [], ...(target !== undefined && { target }), message };
}

interface Cond {
  type: string;
  status: string;
  message?: string;
}

/** The policy rejection an object's conditions report (Accepted=False, or Ready=False for Bundles). */
export function policyRejection(obj: { kind?: string; status?: { conditions?: readonly Cond[] | null } | null }): PolicyViolation | undefined {
  for (const type of ['Accepted', 'Ready']) {
    const c = obj.status?.conditions?.find((x) => x.type === type && x.status === 'False');
    const v = parsePolicyViolation(c?.message);
    if (v) return v;
  }
  return undefined;
}

export interface EventLike {
  type?: string;
  reason?: string;
  message?: string;
  note?: string;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
  regarding?: { kind?: string; name?: string; namespace?: string };
  lastTimestamp?: string | null;
  eventTime?: string | null;
}

/** PolicyViolation events (core/v1 or events.k8s.io/v1) parsed, newest first. */
export function policyViolationEvents(events: readonly EventLike[]): (PolicyViolation & { object: { kind?: string; name?: string; namespace?: string }; time?: string })[] {
  return events
    .filter((e) => e.reason === 'PolicyViolation')
    .flatMap((e) => {
      const v = parsePolicyViolation(e.message ?? e.note);
      return v ? [{ ...v, object: e.regarding ?? e.involvedObject ?? {}, time: e.eventTime ?? e.lastTimestamp ?? undefined }] : [];
    })
    .sort((a, b) => (b.time ?? '').localeCompare(a.time ?? ''));
}

/** One sentence for the page. */
export function describeViolation(v: PolicyViolation): string {
  const names: Record<PolicyField, string> = {
    serviceAccount: 'service account',
    helmSecretName: 'Helm credentials Secret',
    helmRepo: 'Helm repository',
    helmChart: 'chart',
    repo: 'Git repository',
    clientSecretName: 'Git credentials Secret',
    targetNamespace: 'target namespace',
  };
  const what = names[v.field];
  if (v.rule === 'required') return v.field === 'targetNamespace' ? 'A GitRepoRestriction requires a target namespace, and none is set.' : `A Policy requires a ${what}, and none is set.`;
  if (v.rule === 'bad-pattern') return `A pattern for the ${what} does not compile (${v.allowed[0]}), so Fleet rejects every value.`;
  const where = v.target !== undefined ? ` (target ${v.target})` : '';
  return `The ${what} "${v.value}"${where} is not allowed: allowed are ${v.allowed.join(', ') || 'none'}.`;
}
