// The result of checking untrusted input (query strings, event cursors) when the caller answers in words itself.
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
