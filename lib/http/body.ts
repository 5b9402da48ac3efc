// The one way an API route reads a request body: JSON, checked by the same zod schema the browser's form uses.
// - 400: not a JSON object, or the wrong shape (a missing field, a wrong type, an unknown action): a client bug, not
//   something the person can correct in the form (an enum or literal outside its values counts as shape).
// - 422 with field errors: well-formed input that breaks a rule (a name that is not DNS-1123, a bad selector, the
//   schema's refinements, or the route's own `rules`), for the form to show beside its inputs.
// Both are thrown as HttpError, which asPerson() answers with.
import type { z } from 'zod';
import { fieldErrorSummary, zodFieldErrors, type FieldError } from './field-errors';
import { HttpError } from './http-error';

export const NOT_A_JSON_OBJECT = 'The request body must be a JSON object.';

/** zod issue codes that mean "not the shape this route takes" rather than "a value the person can fix". */
const SHAPE_CODES = new Set(['invalid_type', 'invalid_value', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element']);

/** Checks an already-read value (e.g. the `form` inside a body) the way readBody checks a body. */
export function checkInput<S extends z.ZodType>(schema: S, raw: unknown, rules?: (v: z.output<S>) => FieldError[]): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const errors = zodFieldErrors(r.error);
    if (r.error.issues.some((i) => SHAPE_CODES.has(i.code))) throw new HttpError(400, r.error.issues.map((i) => i.message).join('; '), errors);
    throw new HttpError(422, fieldErrorSummary(errors), errors);
  }
  const broken = rules?.(r.data) ?? [];
  if (broken.length) throw new HttpError(422, fieldErrorSummary(broken), broken);
  return r.data;
}

/** Reads the request's JSON object body and checks it with `schema` (and `rules`); throws HttpError 400/422. */
export async function readBody<S extends z.ZodType>(req: Request, schema: S, rules?: (v: z.output<S>) => FieldError[]): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await req.text());
  } catch {
    throw new HttpError(400, NOT_A_JSON_OBJECT);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new HttpError(400, NOT_A_JSON_OBJECT);
  return checkInput(schema, raw, rules);
}
