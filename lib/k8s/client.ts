// The only way the dashboard talks to Kubernetes on a person's behalf: a fixed set of named operations
// on Fleet kinds (FLEET_KINDS), namespaces, the self-reviews and write-only Secrets. Paths are built
// here from validated names; nothing from a request is ever forwarded as a path.
import { FLEET_KINDS, type FleetPlural } from '@/lib/fleet/kinds';
import type { Identity } from './identity';
import { InvalidNameError, K8sError } from './errors';
import { k8sRequest } from './transport';

export type { FleetPlural };

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function isValidName(name: string): boolean {
  return name.length > 0 && name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}
export function isValidNamespace(ns: string): boolean {
  return ns.length > 0 && ns.length <= 63 && DNS1123_LABEL.test(ns);
}

function name(n: string): string {
  if (!isValidName(n)) throw new InvalidNameError('name', n);
  return n;
}
function namespace(ns: string): string {
  if (!isValidNamespace(ns)) throw new InvalidNameError('namespace', ns);
  return ns;
}

function fleetPath(plural: FleetPlural, ns: string | undefined, n?: string): string {
  const info = FLEET_KINDS[plural];
  let p = `/apis/${info.group}/${info.version}`;
  if (info.namespaced && ns !== undefined) p += `/namespaces/${namespace(ns)}`;
  else if (info.namespaced && n !== undefined) throw new TypeError(`${plural} is namespaced: a namespace is required`);
  p += `/${info.plural}`;
  if (n !== undefined) p += `/${name(n)}`;
  return p;
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
  resourceVersion?: string;
}

function query(o: ListOptions | undefined): string {
  if (!o) return '';
  const q = new URLSearchParams();
  if (o.labelSelector) q.set('labelSelector', o.labelSelector);
  if (o.fieldSelector) q.set('fieldSelector', o.fieldSelector);
  if (o.limit !== undefined) q.set('limit', String(Math.max(1, Math.floor(o.limit))));
  if (o.continue) q.set('continue', o.continue);
  if (o.resourceVersion !== undefined) q.set('resourceVersion', o.resourceVersion);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface KubeList<T = unknown> {
  apiVersion?: string;
  kind?: string;
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  items: T[];
}

interface KubeObject {
  metadata: { name: string; namespace?: string; resourceVersion?: string };
}

export interface ResourceAttributes {
  namespace?: string;
  verb: string;
  group?: string;
  resource: string;
  subresource?: string;
  name?: string;
}

export interface SelfSubjectReview {
  status?: { userInfo?: { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } };
}
export interface SelfSubjectAccessReview {
  status?: { allowed: boolean; denied?: boolean; reason?: string; evaluationError?: string };
}
export interface SelfSubjectRulesReview {
  status?: {
    resourceRules: { verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }[];
    incomplete: boolean;
    evaluationError?: string;
  };
}
export interface Namespace {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string>; creationTimestamp?: string };
  status?: { phase?: string };
}

/** DeleteOptions.preconditions: the API server deletes only when the object still has this uid (and resourceVersion). */
export interface Preconditions {
  uid?: string;
  resourceVersion?: string;
}

function deleteOptions(p: Preconditions | undefined): object | undefined {
  if (!p?.uid && !p?.resourceVersion) return undefined;
  return { apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { ...(p.uid ? { uid: p.uid } : {}), ...(p.resourceVersion ? { resourceVersion: p.resourceVersion } : {}) } };
}

export interface SecretMetadata {
  name: string;
  uid?: string;
  resourceVersion?: string;
  labels?: Record<string, string>;
  ownerReferences?: { kind: string; name: string; uid: string }[];
}

/** Secret as it may be written; the client offers no way to read one back. */
export interface SecretWrite {
  metadata: { name?: string; generateName?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export function forIdentity(identity: Identity) {
  const call = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, contentType?: 'application/merge-patch+json') =>
    k8sRequest<T>(identity, { method, path, body, contentType });

  return {
    identity,
    /** List a Fleet kind in one namespace, or across all namespaces when ns is undefined. */
    list: <T = unknown>(kind: FleetPlural, ns?: string, opts?: ListOptions) => call<KubeList<T>>('GET', fleetPath(kind, ns) + query(opts)),
    get: <T = unknown>(kind: FleetPlural, ns: string | undefined, n: string) => call<T>('GET', fleetPath(kind, ns, n)),
    create: <T extends KubeObject>(kind: FleetPlural, ns: string | undefined, obj: T, opts?: { dryRun?: boolean }) =>
      call<T>('POST', fleetPath(kind, ns) + (opts?.dryRun ? '?dryRun=All' : ''), obj),
    /** Full update; the API server rejects it with 409 unless metadata.resourceVersion is current. */
    replace: <T extends KubeObject>(kind: FleetPlural, ns: string | undefined, obj: T) => {
      if (!obj.metadata.resourceVersion) throw new TypeError('replace needs metadata.resourceVersion (optimistic concurrency)');
      return call<T>('PUT', fleetPath(kind, ns, obj.metadata.name), obj);
    },
    /** JSON merge patch of just the fields a form owns. */
    mergePatch: <T = unknown>(kind: FleetPlural, ns: string | undefined, n: string, patch: Record<string, unknown>) =>
      call<T>('PATCH', fleetPath(kind, ns, n), patch, 'application/merge-patch+json'),
    /**
     * Delete. `preconditions`: the uid (and resourceVersion) of the object as the person loaded it, so the API server
     * refuses (409) to delete a same-named object created since, or one changed since when resourceVersion is given.
     */
    delete: (kind: FleetPlural, ns: string | undefined, n: string, preconditions?: Preconditions) =>
      call<unknown>('DELETE', fleetPath(kind, ns, n), deleteOptions(preconditions)),

    namespaces: {
      list: (opts?: ListOptions) => call<KubeList<Namespace>>('GET', '/api/v1/namespaces' + query(opts)),
      get: (n: string) => call<Namespace>('GET', `/api/v1/namespaces/${namespace(n)}`),
    },

    /**
     * Core/v1 Events in one namespace matching a field selector (the API server also serves here the
     * events.k8s.io/v1 Events Fleet's recorders write, converted). Read as the person: RBAC applies.
     */
    events: {
      list: (ns: string, fieldSelector: string, limit = 200) => call<KubeList<unknown>>('GET', `/api/v1/namespaces/${namespace(ns)}/events` + query({ fieldSelector, limit })),
    },

    secrets: {
      /** Creates the Secret; answers only its name and uid (the response's data is dropped at once). */
      create: (ns: string, secret: SecretWrite) =>
        call<{ metadata?: { name?: string; uid?: string } }>('POST', `/api/v1/namespaces/${namespace(ns)}/secrets`, { apiVersion: 'v1', kind: 'Secret', ...secret }).then((o) => ({
          name: o?.metadata?.name ?? secret.metadata.name ?? '',
          uid: o?.metadata?.uid,
        })),
      delete: (ns: string, n: string, preconditions?: Preconditions) =>
        call<unknown>('DELETE', `/api/v1/namespaces/${namespace(ns)}/secrets/${name(n)}`, deleteOptions(preconditions)).then(() => undefined),
      /**
       * The Secret's metadata only (PartialObjectMetadata: no data is ever read): null when it does not exist,
       * undefined when this identity may not get Secrets there.
       */
      metadata: async (ns: string, n: string): Promise<SecretMetadata | null | undefined> => {
        try {
          const o = await k8sRequest<{ metadata: SecretMetadata }>(identity, {
            method: 'GET',
            path: `/api/v1/namespaces/${namespace(ns)}/secrets/${name(n)}`,
            accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1',
          });
          return o.metadata;
        } catch (e) {
          if (e instanceof K8sError && e.httpStatus === 404) return null;
          if (e instanceof K8sError && e.httpStatus === 403) return undefined;
          throw e;
        }
      },
      /**
       * Does the Secret exist? true/false, or undefined when this identity may neither get nor create Secrets there.
       * Never reads data: a metadata-only GET (PartialObjectMetadata), else a dry-run create (409 = exists), which
       * works for write-only roles such as the operator's.
       */
      exists: async (ns: string, n: string): Promise<boolean | undefined> => {
        const path = `/api/v1/namespaces/${namespace(ns)}/secrets`;
        const status = (e: unknown) => (e instanceof K8sError ? e.httpStatus : 0);
        try {
          await k8sRequest(identity, { method: 'GET', path: `${path}/${name(n)}`, accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1' });
          return true;
        } catch (e) {
          if (status(e) === 404) return false;
          if (status(e) !== 403) throw e;
        }
        try {
          await call<unknown>('POST', `${path}?dryRun=All`, { apiVersion: 'v1', kind: 'Secret', metadata: { name: name(n) }, type: 'Opaque' });
          return false;
        } catch (e) {
          if (status(e) === 409) return true;
          if (status(e) === 403) return undefined;
          throw e;
        }
      },
    },

    selfSubjectReview: () =>
      call<SelfSubjectReview>('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'SelfSubjectReview',
      }),
    accessReview: (resourceAttributes: ResourceAttributes) =>
      call<SelfSubjectAccessReview>('POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes },
      }),
    rulesReview: (ns: string) =>
      call<SelfSubjectRulesReview>('POST', '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: { namespace: namespace(ns) },
      }),
    /** GET /version as this identity (used by the health route). */
    version: () => call<{ gitVersion?: string }>('GET', '/version'),
  };
}

export type K8sClient = ReturnType<typeof forIdentity>;
