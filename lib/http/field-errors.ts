// The one field-error shape every form and API route uses: a list of { field, message }, with dotted paths
// ("selector.matchExpressions.0.key", "targets.entries.0.clusterSelector"); '' is the form as a whole.
// Shared by the browser (client-side validation with the same zod schemas) and the server (422 answers).
import type { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

/** zod issues → field errors, in the order zod reports them. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/** The first message per field, for placing beside inputs; the form as a whole is keyed `_form`. */
export function firstPerField(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field || '_form'] ??= e.message;
  return out;
}

/** One sentence for a list of field errors: the message itself when one field is wrong, else how many. */
export function fieldErrorSummary(errors: readonly FieldError[]): string {
  const n = new Set(errors.map((e) => e.field)).size;
  if (n <= 1) return errors[0]?.message ?? 'The request is not valid.';
  return `${n} fields need attention; nothing was saved.`;
}
