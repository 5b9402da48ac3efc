// Kubernetes label key/value rules and label-selector validity (apimachinery validation.IsQualifiedName / IsValidLabelValue),
// with messages that name the offending key or value.
import { validateDns1123Subdomain } from './names';

const NAME_MAX = 63;
const NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const NAME_RULE = "must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";

/** Problems with a label key like "env" or "example.com/tier"; [] when valid. */
export function validateLabelKey(key: string): string[] {
  if (key === '') return ['Label key must not be empty'];
  const parts = key.split('/');
  if (parts.length > 2) return [`Label key '${key}' may contain at most one '/' (prefix/name, e.g. 'example.com/tier')`];
  const [prefix, name] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [undefined, parts[0] ?? ''];
  const problems: string[] = [];
  if (prefix !== undefined) {
    if (prefix === '') problems.push(`Label key '${key}' has an empty prefix before '/'`);
    else problems.push(...validateDns1123Subdomain(prefix, `Prefix of label key '${key}'`));
  }
  if (name === '') problems.push(`Label key '${key}' has an empty name part`);
  else if (name.length > NAME_MAX) problems.push(`Name part of label key '${key}' must be at most 63 characters (it has ${name.length})`);
  else if (!NAME_RE.test(name)) problems.push(`Name part of label key '${key}' ${NAME_RULE}`);
  return problems;
}

/** Problems with a label value; the empty value is valid. */
export function validateLabelValue(value: string, key?: string): string[] {
  const of = key === undefined ? `Label value '${value}'` : `Value '${value}' of label '${key}'`;
  if (value === '') return [];
  if (value.length > NAME_MAX) return [`${of} must be at most 63 characters (it has ${value.length})`];
  if (!NAME_RE.test(value)) return [`${of} ${NAME_RULE}`];
  return [];
}

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
export type SelectorOperator = (typeof SELECTOR_OPERATORS)[number];

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}
export type Labels = Record<string, string> | null | undefined;

export interface SelectorProblem {
  path: (string | number)[];
  message: string;
}

function requirementProblems(r: LabelSelectorRequirement, path: (string | number)[]): SelectorProblem[] {
  const out: SelectorProblem[] = validateLabelKey(r.key).map((message) => ({ path: [...path, 'key'], message }));
  const values = r.values ?? [];
  if (!(SELECTOR_OPERATORS as readonly string[]).includes(r.operator)) {
    out.push({ path: [...path, 'operator'], message: `Unknown operator '${r.operator}' (use In, NotIn, Exists or DoesNotExist)` });
  } else if ((r.operator === 'In' || r.operator === 'NotIn') && values.length === 0) {
    out.push({ path: [...path, 'values'], message: `'${r.key} ${r.operator}' needs at least one value` });
  } else if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && values.length > 0) {
    out.push({ path: [...path, 'values'], message: `'${r.key} ${r.operator}' takes no values` });
  }
  values.forEach((v, i) => {
    for (const message of validateLabelValue(v, r.key)) out.push({ path: [...path, 'values', i], message });
  });
  return out;
}

/** Every problem of a selector with the path of the offending field; [] when valid. */
export function selectorProblems(sel: LabelSelector): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    for (const message of [...validateLabelKey(k), ...validateLabelValue(v, k)]) out.push({ path: ['matchLabels', k], message });
  }
  (sel.matchExpressions ?? []).forEach((r, i) => out.push(...requirementProblems(r, ['matchExpressions', i])));
  return out;
}

