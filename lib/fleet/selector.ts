// Kubernetes label selectors: matching, the string form, and form validation.
//
// Semantics follow metav1.LabelSelectorAsSelector, which Fleet uses for ClusterGroup selectors and
// target clusterSelector/clusterGroupSelector:
// - null/undefined selector → matches NOTHING (labels.Nothing; Fleet also skips ClusterGroups without one).
// - empty selector {} → matches EVERYTHING.
// - matchLabels and matchExpressions are ANDed; NotIn and DoesNotExist match objects without the key.
// - an invalid selector (unknown operator, In/NotIn without values, Exists with values, bad key or
//   value) is a conversion error in Kubernetes; here it matches nothing.
import { z } from 'zod';
import {
  SELECTOR_OPERATORS,
  selectorProblems,
  type LabelSelector,
  type Labels,
} from './label-validation';

export {
  SELECTOR_OPERATORS,
  selectorProblems,
  validateLabelKey,
  validateLabelValue,
  type LabelSelector,
  type LabelSelectorRequirement,
  type Labels,
  type SelectorOperator,
  type SelectorProblem,
} from './label-validation';

export function isEmptySelector(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}

const never = () => false;

/** Compile once, match many (10k clusters): returns a predicate over label maps. */
export function compileSelector(sel: LabelSelector | null | undefined): (labels: Labels) => boolean {
  if (!sel) return never;
  if (selectorProblems(sel).length > 0) return never;
  const tests: ((l: Record<string, string>) => boolean)[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) tests.push((l) => Object.hasOwn(l, k) && l[k] === v);
  for (const r of sel.matchExpressions ?? []) {
    const set = new Set(r.values ?? []);
    const has = (l: Record<string, string>) => Object.hasOwn(l, r.key);
    if (r.operator === 'In') tests.push((l) => has(l) && set.has(l[r.key] ?? ''));
    else if (r.operator === 'NotIn') tests.push((l) => !has(l) || !set.has(l[r.key] ?? ''));
    else if (r.operator === 'Exists') tests.push(has);
    else tests.push((l) => !has(l));
  }
  return (labels) => {
    const l = labels ?? {};
    return tests.every((t) => t(l));
  };
}

export function matchesSelector(sel: LabelSelector | null | undefined, labels: Labels): boolean {
  return compileSelector(sel)(labels);
}

export { parseSelector, formatSelector, type ParseResult } from './selector-string';
import { parseSelector } from './selector-string';

// ---- zod schemas for forms ----

export const LabelSelectorRequirementInputSchema = z.object({
  key: z.string(),
  operator: z.enum(SELECTOR_OPERATORS, { error: 'Choose an operator: In, NotIn, Exists or DoesNotExist' }),
  values: z.array(z.string()).optional(),
});

/** Object form (matchLabels/matchExpressions); issues carry the path of the offending field. */
export const LabelSelectorInputSchema = z
  .object({
    matchLabels: z.record(z.string(), z.string()).optional(),
    matchExpressions: z.array(LabelSelectorRequirementInputSchema).optional(),
  })
  .superRefine((sel, ctx) => {
    for (const p of selectorProblems(sel)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type LabelSelectorInput = z.infer<typeof LabelSelectorInputSchema>;

/** String form (`env=prod,region in (eu,us)`) parsed into a LabelSelector; '' gives {} (all). */
export const LabelSelectorStringSchema = z.string().transform((text, ctx) => {
  const r = parseSelector(text.trim());
  if (r.ok) return r.selector;
  ctx.addIssue({ code: 'custom', message: r.error });
  return z.NEVER;
});
