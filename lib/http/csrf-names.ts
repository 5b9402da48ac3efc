// Names shared by the server check (csrf.ts, node-only) and the browser helper (api-fetch.ts).
export const CSRF_COOKIE = 'fleet_csrf';
export const CSRF_HEADER = 'x-csrf-token';
