// Query strings are part of a route's contract: an unknown or repeated key is a mistake worth naming,
// not something to ignore silently.

/** The first problem with a query string's keys (one not in `known`, or one given twice), in words. */
export function paramKeyProblem(params: URLSearchParams, known: readonly string[]): string | undefined {
  for (const k of new Set(params.keys())) {
    if (!known.includes(k)) return `unknown parameter "${k.slice(0, 40)}" (known: ${known.length ? known.join(', ') : 'none'})`;
    if (params.getAll(k).length > 1) return `parameter "${k.slice(0, 40)}" is given more than once`;
  }
  return undefined;
}
