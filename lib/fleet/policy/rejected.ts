// Which objects of a workspace Fleet reports as rejected by policy, and which Policy would reject each on its own.
// Fleet merges every Policy of a namespace (and GitRepoRestrictions for GitRepos) before checking, and writes only
// the resulting message (violations.ts); re-checking the object against one Policy at a time (evaluate.ts) tells
// the page which Policy is responsible. An object no single Policy rejects was refused by the merge as a whole or
// by a GitRepoRestriction.
import type { Policy } from '../kinds/policy';
import { evaluateBundle, evaluateGitRepo, evaluateHelmOp } from './evaluate';
import { describeViolation, policyRejection, type PolicyViolation } from './violations';

export type RejectableKind = 'GitRepo' | 'HelmOp' | 'Bundle';

export interface RejectableObject {
  kind: RejectableKind;
  metadata: { name: string; namespace?: string };
  spec?: unknown;
  status?: { conditions?: readonly { type: string; status: string; message?: string }[] | null } | null;
}

export interface Rejection {
  kind: RejectableKind;
  namespace: string;
  name: string;
  /** Fleet's message, as written in the Accepted (GitRepo, HelmOp) or Ready (Bundle) condition. */
  message: string;
  /** The same in a sentence. */
  sentence: string;
  field: PolicyViolation['field'];
  /** Policies of the object's namespace that reject it on their own (name order). */
  policies: string[];
}

function rejectsAlone(o: RejectableObject, p: Policy): boolean {
  const spec = (o.spec ?? {}) as never;
  if (o.kind === 'GitRepo') return !evaluateGitRepo({ spec }, [p]).allowed;
  if (o.kind === 'HelmOp') return !evaluateHelmOp({ spec }, [p]).allowed;
  return !evaluateBundle({ spec }, [p]).allowed;
}

/** The objects Fleet reports as rejected by policy, each with the Policies (same namespace) that alone reject it. */
export function policyRejections(objects: readonly RejectableObject[], policies: readonly Policy[]): Rejection[] {
  return objects.flatMap((o) => {
    const v = policyRejection(o);
    if (!v) return [];
    const ns = o.metadata.namespace ?? '';
    const mine = policies.filter((p) => p.metadata.namespace === ns).sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    return [
      {
        kind: o.kind,
        namespace: ns,
        name: o.metadata.name,
        message: v.message,
        sentence: describeViolation(v),
        field: v.field,
        policies: mine.filter((p) => rejectsAlone(o, p)).map((p) => p.metadata.name),
      },
    ];
  });
}
