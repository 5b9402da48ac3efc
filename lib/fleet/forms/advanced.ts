// The form's "advanced" section: YAML or JSON text holding the GitRepo spec fields the form has
// no input for. It is merged into spec, so it must be a mapping of known, form-free keys: the
// API server silently prunes unknown fields, which would lose what the user typed.
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { validateDns1123Subdomain } from '../names';
import { durationError } from './spec-validators';

/** spec keys with their own form input (the advanced text must not set them). */
export const FORM_SPEC_KEYS = [
  'repo',
  'branch',
  'revision',
  'paths',
  'clientSecretName',
  'helmSecretName',
  'helmSecretNameForPaths',
  'helmRepoURLRegex',
  'caBundle',
  'insecureSkipTLSVerify',
  'targets',
  'targetNamespace',
  'serviceAccount',
  'pollingInterval',
  'disablePolling',
  'webhookSecret',
  'paused',
  'keepResources',
  'deleteNamespace',
  'correctDrift',
] as const;

const str = z.string();
const AdvancedSpecSchema = z.strictObject({
  forceSyncGeneration: z.number().int().min(0),
  imageScanInterval: str.superRefine((v, ctx) => {
    const m = durationError(v);
    if (m) ctx.addIssue({ code: 'custom', message: m });
  }),
  imageScanCommit: z.strictObject({ authorName: str, authorEmail: str, messageTemplate: str }).partial(),
  ociRegistrySecret: str.superRefine((v, ctx) => {
    for (const message of validateDns1123Subdomain(v, 'Secret name')) ctx.addIssue({ code: 'custom', message });
  }),
  bundles: z.array(z.strictObject({ base: str, options: str }).partial()),
}).partial();

export const ADVANCED_SPEC_KEYS = Object.keys(AdvancedSpecSchema.shape);

export type AdvancedSpec = z.infer<typeof AdvancedSpecSchema>;
export type AdvancedResult = { ok: true; value: AdvancedSpec } | { ok: false; error: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses and checks the advanced text; '' (or only comments) means no extra fields. */
export function parseAdvanced(text: string): AdvancedResult {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return { ok: false, error: `Not valid YAML/JSON: ${e instanceof Error ? e.message.split('\n')[0]?.replace(/:$/, '') : String(e)}` };
  }
  if (doc === null || doc === undefined) return { ok: true, value: {} };
  if (!isPlainObject(doc)) return { ok: false, error: 'Must be a mapping of spec fields (key: value), not a list or a single value' };
  const keys = Object.keys(doc);
  const owned = keys.filter((k) => (FORM_SPEC_KEYS as readonly string[]).includes(k));
  if (owned.length > 0) return { ok: false, error: `Set ${owned.map((k) => `"${k}"`).join(', ')} with the form fields, not here` };
  const unknown = keys.filter((k) => !ADVANCED_SPEC_KEYS.includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Unknown GitRepo spec field ${unknown.map((k) => `"${k}"`).join(', ')}; allowed here: ${ADVANCED_SPEC_KEYS.join(', ')}`,
    };
  }
  const checked = AdvancedSpecSchema.safeParse(doc);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.')}: ${issue.message}` };
  }
  return { ok: true, value: checked.data };
}

/** Text for the advanced section from spec fields the form does not own ('' when none), keys in a fixed order. */
export function advancedText(spec: Record<string, unknown>): string {
  const rank = (k: string) => (ADVANCED_SPEC_KEYS.includes(k) ? ADVANCED_SPEC_KEYS.indexOf(k) : ADVANCED_SPEC_KEYS.length);
  const keys = Object.keys(spec)
    .filter((k) => !(FORM_SPEC_KEYS as readonly string[]).includes(k))
    .sort((a, b) => rank(a) - rank(b));
  return keys.length === 0 ? '' : stringify(Object.fromEntries(keys.map((k) => [k, spec[k]])));
}

/** Key-order-independent JSON, to tell whether two advanced texts mean the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** True when both texts parse to the same fields (comments, order and formatting aside). */
export function sameAdvanced(a: string, b: string): boolean {
  const x = parseAdvanced(a);
  const y = parseAdvanced(b);
  return x.ok && y.ok && canonical(x.value) === canonical(y.value);
}
