// Fleet's Go String() renderings of per-resource status, reproduced so that messages we build
// (seed data, previews) are byte-identical to what the controller writes.
// Source: pkg/apis/fleet.cattle.io/v1alpha1/bundledeployment_types.go and .../summary/summary.go.

/** Drift of one resource (BundleDeployment.status.modifiedStatus[]). `missing` is Go's `Create`. */
export interface ModifiedStatus {
  kind?: string;
  apiVersion?: string;
  namespace?: string;
  name?: string;
  missing?: boolean;
  exist?: boolean;
  delete?: boolean;
  patch?: string;
}

/** wrangler summary.Summary as serialized inside NonReadyStatus. */
export interface ResourceSummary {
  state?: string;
  error?: boolean;
  transitioning?: boolean;
  message?: string[];
}

/** One not-ready resource (BundleDeployment.status.nonReadyStatus[]). */
export interface NonReadyStatus {
  uid?: string;
  kind?: string;
  apiVersion?: string;
  namespace?: string;
  name?: string;
  summary?: ResourceSummary;
}

/** Go `name()`: "<kind>.<group-or-version> ns/name"; core "v1" yields ".v1". */
export function resourceDisplayName(apiVersion = '', kind = '', namespace = '', name = ''): string {
  const k = kind.toLowerCase();
  const ref = namespace === '' ? name : `${namespace}/${name}`;
  if (apiVersion === '') return `${k} ${ref}`;
  const group = apiVersion.split('/', 1)[0];
  return `${k}.${group} ${ref}`;
}

/** ModifiedStatus.String(): "... missing" | "... is not owned by us" | "... extra" | "... modified <patch>". */
export function modifiedStatusString(m: ModifiedStatus): string {
  const msg = resourceDisplayName(m.apiVersion, m.kind, m.namespace, m.name);
  if (m.missing) return m.exist ? `${msg} is not owned by us` : `${msg} missing`;
  if (m.delete) return `${msg} extra`;
  return `${msg} modified ${m.patch ?? ''}`;
}

/**
 * summary.Summary.String(). Keeps wrangler's quirk: error-only renders as "error] msg"
 * (no opening bracket) — real Fleet messages look like that (rancher/fleet#3342).
 */
export function resourceSummaryString(s: ResourceSummary | undefined): string {
  if (!s) return '';
  if (!s.transitioning && !s.error) return s.state ?? '';
  let msg = s.transitioning ? '[progressing' : '';
  if (s.error) msg = msg.length > 0 ? `${msg},error]` : 'error]';
  else msg += ']';
  if (s.message && s.message.length > 0) msg = `${msg} ${s.message.join(', ')}`;
  return msg;
}

/** NonReadyStatus.String(): "<name> <summary>". */
export function nonReadyStatusString(n: NonReadyStatus): string {
  return `${resourceDisplayName(n.apiVersion, n.kind, n.namespace, n.name)} ${resourceSummaryString(n.summary)}`;
}
