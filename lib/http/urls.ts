// Every page and API URL the browser builds, in one place, so a route that moves changes one line and no page
// forgets to encode a name. API URLs stay relative ('/api/...'): apiFetch and the live stream add what the server
// needs in front. `_all` is the workspace segment meaning "every workspace the person may see".
const enc = encodeURIComponent;

type Query = URLSearchParams | string | Record<string, string | number | undefined> | undefined;

/** `?a=b` from params, a query string or an object (empty values left out), or '' when there is nothing. */
export function withQuery(path: string, query?: Query): string {
  let s: string;
  if (query === undefined) s = '';
  else if (typeof query === 'string') s = query.replace(/^\?/, '');
  else if (query instanceof URLSearchParams) s = query.toString();
  else {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v));
    s = p.toString();
  }
  return s ? `${path}?${s}` : path;
}

/** The list pages of a workspace, as they appear in the side navigation. */
export type Section = 'gitrepos' | 'helmops' | 'clusters' | 'clustergroups' | 'bundles' | 'matrix' | 'troubleshooting' | 'workspaces' | 'registration';

/** Fleet kinds that have a detail page, by their Kubernetes kind name (what findings and overviews carry). */
const DETAIL_SECTION = { GitRepo: 'gitrepos', HelmOp: 'helmops', Bundle: 'bundles', Cluster: 'clusters', ClusterGroup: 'clustergroups' } as const satisfies Record<string, Section>;
export type DetailKind = keyof typeof DETAIL_SECTION;
const isDetailKind = (k: string): k is DetailKind => Object.hasOwn(DETAIL_SECTION, k);

const ws = (workspace: string) => `/w/${enc(workspace)}`;

export const pageUrl = {
  /** The workspace's overview. */
  workspace: (workspace: string) => ws(workspace),
  section: (workspace: string, section: Section, query?: Query) => withQuery(`${ws(workspace)}/${section}`, query),
  gitrepos: (workspace: string, query?: Query) => pageUrl.section(workspace, 'gitrepos', query),
  gitrepo: (workspace: string, name: string) => `${ws(workspace)}/gitrepos/${enc(name)}`,
  gitrepoEdit: (workspace: string, name: string, query?: Query) => withQuery(`${pageUrl.gitrepo(workspace, name)}/edit`, query),
  gitrepoNew: (workspace: string, cloneOf?: string) => withQuery(`${ws(workspace)}/gitrepos/new`, { clone: cloneOf }),
  clusters: (workspace: string, query?: Query) => pageUrl.section(workspace, 'clusters', query),
  cluster: (workspace: string, name: string) => `${ws(workspace)}/clusters/${enc(name)}`,
  clustergroups: (workspace: string) => pageUrl.section(workspace, 'clustergroups'),
  clustergroup: (workspace: string, name: string) => `${ws(workspace)}/clustergroups/${enc(name)}`,
  clustergroupEdit: (workspace: string, name: string) => `${pageUrl.clustergroup(workspace, name)}/edit`,
  clustergroupNew: (workspace: string) => `${ws(workspace)}/clustergroups/new`,
  bundles: (workspace: string, query?: Query) => pageUrl.section(workspace, 'bundles', query),
  bundle: (workspace: string, name: string, query?: Query) => withQuery(`${ws(workspace)}/bundles/${enc(name)}`, query),
  matrix: (workspace: string, query?: Query) => pageUrl.section(workspace, 'matrix', query),
  troubleshooting: (workspace: string) => pageUrl.section(workspace, 'troubleshooting'),
  registration: (workspace: string) => pageUrl.section(workspace, 'registration'),
  workspaces: (workspace: string) => pageUrl.section(workspace, 'workspaces'),
  /** One workspace's own page (shown inside that workspace). */
  workspaceDetail: (name: string) => `${ws(name)}/workspaces/${enc(name)}`,
  /** The detail page of an object by its Kubernetes kind. */
  detail: (kind: DetailKind, namespace: string, name: string) => `${ws(namespace)}/${DETAIL_SECTION[kind]}/${enc(name)}`,
  /** The same for a kind read from data: undefined when the dashboard has no page for it. */
  object: (kind: string, namespace: string, name: string): string | undefined => (isDetailKind(kind) ? pageUrl.detail(kind, namespace, name) : undefined),
  signin: (next?: string) => withQuery('/signin', { next }),
  /** The graph page of a GitRepo or HelmOp (kind as Kubernetes spells it). */
  graph: (workspace: string, kind: 'GitRepo' | 'HelmOp', name: string, query?: Query) => withQuery(`${ws(workspace)}/graph/${enc(kind)}/${enc(name)}`, query),
  schedules: (workspace: string) => `${ws(workspace)}/schedules`,
  schedule: (workspace: string, name: string) => `${ws(workspace)}/schedules/${enc(name)}`,
  scheduleEdit: (workspace: string, name: string) => `${pageUrl.schedule(workspace, name)}/edit`,
  scheduleNew: (workspace: string) => `${ws(workspace)}/schedules/new`,
  policies: (workspace: string) => `${ws(workspace)}/policies`,
  policy: (workspace: string, name: string) => `${ws(workspace)}/policies/${enc(name)}`,
  policyEdit: (workspace: string, name: string) => `${pageUrl.policy(workspace, name)}/edit`,
  policyNew: (workspace: string) => `${ws(workspace)}/policies/new`,
  applications: (workspace: string, query?: Query) => withQuery(`${ws(workspace)}/applications`, query),
  helmops: (workspace: string, query?: Query) => withQuery(`${ws(workspace)}/helmops`, query),
  helmop: (workspace: string, name: string) => `${ws(workspace)}/helmops/${enc(name)}`,
  helmopNew: (workspace: string, cloneOf?: string) => withQuery(`${ws(workspace)}/helmops/new`, { clone: cloneOf }),
  helmopEdit: (workspace: string, name: string, query?: Query) => withQuery(`${ws(workspace)}/helmops/${enc(name)}/edit`, query),
};

const api = (workspace: string) => `/api/w/${enc(workspace)}`;

export const apiUrl = {
  session: () => '/api/session',
  /** Where "Sign in with <provider>" starts the OpenID Connect code flow (a plain link: the browser leaves the app). */
  oidcStart: (next: string) => withQuery('/api/auth/oidc/start', { next }),
  events: (query: Query) => withQuery('/api/events', query),
  workspaces: () => '/api/workspaces',
  workspaceSummary: () => '/api/workspaces/summary',
  workspaceCreate: () => '/api/workspaces/create',
  workspace: (name: string) => `/api/workspaces/${enc(name)}`,

  overview: (workspace: string, part: string) => withQuery(`${api(workspace)}/overview`, { part }),
  troubleshooting: (workspace: string, object?: { kind: string; name: string }) => withQuery(`${api(workspace)}/troubleshooting`, object),
  troubleshootingSecret: (workspace: string) => `${api(workspace)}/troubleshooting/secret`,
  redeployAgents: (workspace: string) => `${api(workspace)}/troubleshooting/redeploy-agents`,

  gitrepos: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/gitrepos`, query),
  gitrepo: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/gitrepos/${enc(name)}`, query),
  gitrepoActions: (workspace: string, name: string) => `${apiUrl.gitrepo(workspace, name)}/actions`,
  gitrepoPermissions: (workspace: string) => `${api(workspace)}/gitrepos/can_i`,
  gitrepoTargetOptions: (workspace: string) => `${api(workspace)}/gitrepos/target_options`,

  clusters: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/clusters`, query),
  cluster: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/clusters/${enc(name)}`, query),
  clusterPart: (workspace: string, name: string, part: 'labels' | 'proxy' | 'move') => `${apiUrl.cluster(workspace, name)}/${part}`,

  clustergroups: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/clustergroups`, query),
  clustergroup: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/clustergroups/${enc(name)}`, query),

  bundles: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/bundles`, query),
  bundle: (workspace: string, name: string) => `${api(workspace)}/bundles/${enc(name)}`,
  bundleForceSync: (workspace: string, name: string) => `${apiUrl.bundle(workspace, name)}/force-sync`,
  bundledeployments: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/bundledeployments`, query),
  matrix: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/matrix`, query),

  restrictions: (workspace: string) => `${api(workspace)}/gitreporestrictions`,
  restriction: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/gitreporestrictions/${enc(name)}`, query),
  tokens: (workspace: string) => `${api(workspace)}/tokens`,
  token: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/tokens/${enc(name)}`, query),
  tokenValues: (workspace: string, name: string) => `${api(workspace)}/tokens/${enc(name)}/values`,
  /** State of one watched object (browser notifications). */
  watched: (workspace: string, kind: string, name: string) => withQuery(`${api(workspace)}/watched`, { kind, name }),
  /** The Kubernetes Events about one GitRepo, HelmOp, Bundle or Cluster (not the live stream, which is `events`). */
  objectEvents: (workspace: string, kind: string, name: string) => withQuery(`${api(workspace)}/events`, { kind, name }),
  /** The graph from a GitRepo or HelmOp to its resources; `open`: keys of expanded groups, comma-separated. */
  graph: (workspace: string, query: Query) => withQuery(`${api(workspace)}/graph`, query),
  schedules: (workspace: string) => `${api(workspace)}/schedules`,
  schedule: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/schedules/${enc(name)}`, query),
  policies: (workspace: string) => `${api(workspace)}/policies`,
  policy: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/policies/${enc(name)}`, query),
  applications: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/applications`, query),
  gitrepoPin: (workspace: string, name: string) => `${apiUrl.gitrepo(workspace, name)}/pin`,
  helmops: (workspace: string, query?: Query) => withQuery(`${api(workspace)}/helmops`, query),
  helmop: (workspace: string, name: string, query?: Query) => withQuery(`${api(workspace)}/helmops/${enc(name)}`, query),
  helmopActions: (workspace: string, name: string) => `${apiUrl.helmop(workspace, name)}/actions`,
  helmopPermissions: (workspace: string) => `${api(workspace)}/helmops/can_i`,
  helmopVersions: (workspace: string, query: Query) => withQuery(`${api(workspace)}/helmops/versions`, query),
};
