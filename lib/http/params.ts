// Query strings are part of a route's contract: an unknown or repeated key is a mistake worth naming,
// not something to ignore silently.
import { parseSelector, type LabelSelector } from '@/lib/fleet/selector';
import { HttpError } from './http-error';

/** The first problem with a query string's keys (one not in `known`, or one given twice), in words. */
export function paramKeyProblem(params: URLSearchParams, known: readonly string[]): string | undefined {
  for (const k of new Set(params.keys())) {
    if (!known.includes(k)) return `unknown parameter "${k.slice(0, 40)}" (known: ${known.length ? known.join(', ') : 'none'})`;
    if (params.getAll(k).length > 1) return `parameter "${k.slice(0, 40)}" is given more than once`;
  }
  return undefined;
}

/**
 * Takes the `selector` parameter (kubectl string form, e.g. env=prod,os!=windows) out of `params`: the parsed selector
 * (none when blank), or HttpError 400 with a field error on `selector`.
 */
export function takeSelectorParam(params: URLSearchParams): { selector?: LabelSelector; text: string } {
  const text = params.get('selector') ?? '';
  params.delete('selector');
  if (!text.trim()) return { text: '' };
  if (text.length > 2000) throw new HttpError(400, 'selector is too long (at most 2000 characters)', [{ field: 'selector', message: 'At most 2000 characters' }]);
  const r = parseSelector(text.trim());
  if (!r.ok) throw new HttpError(400, `selector: ${r.error}`, [{ field: 'selector', message: r.error }]);
  return { selector: r.selector, text };
}
