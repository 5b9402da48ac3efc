// zod building blocks shared by the create/edit forms: text inputs are strings where '' means
// "not set", checked only when filled in (unless `always`), with the message placed beside the field.
import { z } from 'zod';
import { validateDns1123Subdomain } from '../names';

export type Check = (v: string) => string | string[] | undefined;

/** A string field whose check runs only when it is non-empty (unless `always`). */
export function field(check: Check, opts: { trim?: boolean; always?: boolean } = {}) {
  const base = opts.trim === false ? z.string() : z.string().trim();
  return base.default('').superRefine((v, ctx) => {
    if (v === '' && !opts.always) return;
    const result = check(v);
    for (const message of typeof result === 'string' ? [result] : (result ?? [])) ctx.addIssue({ code: 'custom', message });
  });
}

/** An object name (Secret, ServiceAccount, ConfigMap…) in a field; '' allowed unless `always`. */
export const objectName = (what: string, opts: { always?: boolean } = {}) =>
  field((v) => validateDns1123Subdomain(v, what).slice(0, 1), opts);

export const flag = z.boolean().default(false);
