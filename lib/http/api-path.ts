// The browser's URLs of this server's own API and live stream, under the base path the build was made for
// (FLEETDASH_BASE_PATH → next.config.js basePath, inlined here as FLEETDASH_BUILD_BASE_PATH). next/link and the router
// add the base path to page links themselves; fetch(), EventSource, plain <a> and metadata URLs do not, so those go
// through here.
export const BASE_PATH = process.env.FLEETDASH_BUILD_BASE_PATH ?? '';

/** `/api/…` → `<base path>/api/…`; absolute URLs and already-prefixed paths are left alone. */
export function apiPath(path: string, base: string = BASE_PATH): string {
  if (!base || !path.startsWith('/') || path === base || path.startsWith(`${base}/`)) return path;
  return `${base}${path}`;
}
