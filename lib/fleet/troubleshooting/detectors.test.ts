import { describe, expect, it } from 'vitest';
import { agentBundleModified, agentRedeployPending, agentsNotReporting } from './agent';
import { bundleApplyError } from './bundle-apply-error';
import { gitRepoStalled } from './gitrepo-stalled';
import { helmDependenciesMissing, missingHelmDependencies } from './helm-deps';
import { findingsFor, runDetectors } from './index';
import { proxyEnvMissing, redactProxy } from './proxy';
import { missingSecret } from './secrets';
import { bundleHasWindowsScheduling, isWindowsCluster, windowsScheduling } from './windows';
import * as T from './testdata';

describe('agentBundleModified', () => {
  it('detects the fleet-agent bundle in Modified and proposes forceSyncGeneration + 1', () => {
    const [f, ...rest] = agentBundleModified(T.input({ bundles: [T.agentBundle, T.readyBundle('fleet-agent-ok')] }));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.objects[0]).toMatchObject({ kind: 'Bundle', namespace: 'fleet-default', name: 'fleet-agent-prod-us-east-restored' });
    expect(f?.fix).toMatchObject({ type: 'forceSync', before: 2, after: 3 });
    expect(f?.explanation).toContain('secret.v1 cattle-fleet-system/fleet-agent-bootstrap missing');
  });
  it('treats a missing forceSyncGeneration as 0', () => {
    const b = { ...T.agentBundle, spec: {} };
    expect(agentBundleModified(T.input({ bundles: [b] }))[0]?.fix).toMatchObject({ before: 0, after: 1 });
  });
  it('ignores Modified user bundles and Ready agent bundles', () => {
    const user = { ...T.agentBundle, metadata: { name: 'kustomize-frontend-overlays', namespace: 'fleet-default' } };
    expect(agentBundleModified(T.input({ bundles: [user, T.readyBundle('fleet-agent-local')] }))).toEqual([]);
  });
});

describe('agentsNotReporting', () => {
  const clusters = [
    T.cluster('fresh'),
    T.cluster('offline', { lastSeen: T.minutes(3 * 24 * 60), spec: { redeployAgentGeneration: 4 } }),
    T.cluster('stale', { lastSeen: T.minutes(124) }),
    T.cluster('new', { lastSeen: null, status: { display: { state: 'WaitCheckIn' } } }),
  ];
  it('lists clusters silent for longer than the threshold, longest first, with a bulk redeploy fix', () => {
    const [f] = agentsNotReporting(T.input({ clusters }));
    expect(f?.objects.map((o) => o.name)).toEqual(['new', 'offline', 'stale']);
    expect(f?.objects[1]?.note).toBe('last seen 3 days ago');
    expect(f?.objects[0]?.note).toContain('never checked in');
    expect(f?.fix?.type).toBe('redeployAgents');
    if (f?.fix?.type !== 'redeployAgents') throw new Error('fix');
    expect(f.fix.clusters.find((c) => c.name === 'offline')).toMatchObject({ before: 4, after: 5 });
  });
  it('finds nothing when every agent reported recently', () => {
    expect(agentsNotReporting(T.input({ clusters: [T.cluster('a'), T.cluster('b')] }))).toEqual([]);
  });
  it('honours a custom threshold', () => {
    expect(agentsNotReporting(T.input({ clusters: [T.cluster('stale', { lastSeen: T.minutes(124) })], staleAfterMs: 3 * 3600_000 }))).toEqual([]);
  });
});

describe('agentRedeployPending', () => {
  it('flags spec.redeployAgentGeneration ≠ status.agentDeployedGeneration (restored cluster: 3 vs 2)', () => {
    const c = T.cluster('prod-us-east-restored', { spec: { redeployAgentGeneration: 3 }, status: { agentDeployedGeneration: 2 } });
    const ok = T.cluster('ok', { spec: { redeployAgentGeneration: 3 }, status: { agentDeployedGeneration: 3 } });
    const fs = agentRedeployPending(T.input({ clusters: [c, ok] }));
    expect(fs.map((f) => f.objects[0]?.name)).toEqual(['prod-us-east-restored']);
    expect(fs[0]?.explanation).toContain('spec.redeployAgentGeneration is 3');
  });
});

describe('missingSecret', () => {
  it('says which Secret is missing when existence is known', () => {
    const g = { ...T.clientSecretRepo, status: {} };
    const [f] = missingSecret(T.input({ gitrepos: [g], secretExists: () => false }));
    expect(f?.title).toContain('restored-git-creds (clientSecretName) does not exist');
    expect(f?.fix).toMatchObject({ type: 'link', href: '/w/fleet-default/gitrepos/restored-secret-repo/edit#auth' });
  });
  it('stays quiet when the Secret exists, even with an auth error', () => {
    expect(missingSecret(T.input({ gitrepos: [T.clientSecretRepo], secretExists: () => true }))).toEqual([]);
  });
  it('falls back to Fleet error text when existence is unknown (cannot read Secrets)', () => {
    const fs = missingSecret(T.input({ gitrepos: [T.clientSecretRepo, T.helmSecretRepo], secretExists: () => undefined }));
    expect(fs.map((f) => f.id)).toEqual([
      'missing-secret:fleet-default/restored-secret-repo:clientSecretName',
      'missing-secret:fleet-default/charts:helmSecretName',
    ]);
    expect(fs[0]?.title).toContain('probably missing');
    expect(fs[1]?.explanation).toContain('failed to look up helmSecretName');
  });
  it('does not guess without evidence', () => {
    const g = { metadata: { name: 'fine', namespace: 'fleet-default' }, spec: { clientSecretName: 'creds' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } };
    expect(missingSecret(T.input({ gitrepos: [g] }))).toEqual([]);
  });
});

describe('helmDependenciesMissing', () => {
  it('parses Helm\'s error text (Chart.yaml and legacy requirements.yaml)', () => {
    expect(missingHelmDependencies('Error: found in Chart.yaml, but missing in charts/ directory: NAME_OF_DEPENDENCY')).toEqual({ file: 'Chart.yaml', deps: ['NAME_OF_DEPENDENCY'] });
    expect(missingHelmDependencies('found in requirements.yaml, but missing in charts/ directory: mariadb')?.deps).toEqual(['mariadb']);
    expect(missingHelmDependencies('another operation (install/upgrade/rollback) is in progress')).toBeUndefined();
  });
  it('reports the bundle with the dependency names and the helm dependency steps; the GitRepo copy is not repeated', () => {
    const repo = { metadata: { name: 'helm-missing-deps', namespace: 'fleet-default' }, spec: {}, status: { display: { message: 'found in Chart.yaml, but missing in charts/ directory: postgresql, redis' } } };
    const fs = helmDependenciesMissing(T.input({ bundles: [T.depsBundle, T.readyBundle('other')], gitrepos: [repo] }));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.title).toContain('postgresql, redis');
    expect(fs[0]?.fix?.type).toBe('steps');
    if (fs[0]?.fix?.type !== 'steps') throw new Error('fix');
    expect(fs[0].fix.steps.join(' ')).toMatch(/helm dependency update.*helm dependency build/);
  });
  it('reports a GitRepo whose dependency download failed in fleet apply, with Helm\'s reason (Fleet v0.16.0)', () => {
    const message =
      'failed to process bundle: failed reading resources for ".": loading directory ., .: failed to read . relative to /workspace/source: ' +
      "updating helm dependencies: no cached repository for helm-manager-e023bbf4 found. (try 'helm repo update'): open /fleet-home/.cache/helm/repository/helm-manager-e023bbf4-index.yaml: no such file or directory";
    const repo = { metadata: { name: 'cache', namespace: 'fleet-default' }, spec: {}, status: { conditions: [{ type: 'Stalled', status: 'True', message }] } };
    const [f] = helmDependenciesMissing(T.input({ gitrepos: [repo] }));
    expect(f?.title).toBe('GitRepo cache: Helm chart dependencies could not be downloaded');
    expect(f?.explanation).toContain('no cached repository for helm-manager-e023bbf4 found');
    expect(gitRepoStalled(T.input({ gitrepos: [repo] }))).toEqual([]);
  });
  it('reports a GitRepo whose fleet apply failed (Stalled) when no bundle exists', () => {
    const repo = { metadata: { name: 'r', namespace: 'fleet-default' }, spec: {}, status: { conditions: [{ type: 'Stalled', status: 'True', message: 'found in Chart.yaml, but missing in charts/ directory: redis' }] } };
    expect(helmDependenciesMissing(T.input({ gitrepos: [repo] }))[0]?.objects[0]).toMatchObject({ kind: 'GitRepo', name: 'r' });
  });
});

describe('gitRepoStalled', () => {
  // What gitjob writes after `fleet apply` failed (fleet.yaml naming a missing chart folder; Fleet v0.16.0, paths as in a pod).
  const stalled = (name: string, message: string) => ({
    metadata: { name, namespace: 'fleet-default' },
    spec: {},
    status: { conditions: [{ type: 'Ready', status: 'False', message }, { type: 'Stalled', status: 'True', message }] },
  });
  const yamlError =
    'failed to process bundle: failed reading resources for ".": loading directory .chart/b619d5fd, .: retrieving file from "./chart-that-does-not-exist": ' +
    'stat /workspace/source/chart-that-does-not-exist: no such file or directory';
  it('explains a failed gitjob run with Fleet\'s own message', () => {
    const [f, ...rest] = gitRepoStalled(T.input({ gitrepos: [stalled('broken', yamlError)] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ detector: 'gitrepo-stalled', severity: 'error', objects: [{ kind: 'GitRepo', name: 'broken' }] });
    expect(f?.explanation).toContain(yamlError);
  });
  it('leaves missing dependencies and missing Secrets to their own detectors, and ignores healthy repos', () => {
    const deps = stalled('deps', 'found in Chart.yaml, but missing in charts/ directory: redis');
    const auth = stalled('auth', 'authentication required');
    const ok = { metadata: { name: 'ok', namespace: 'fleet-default' }, spec: {}, status: { conditions: [{ type: 'Stalled', status: 'False' }] } };
    expect(gitRepoStalled(T.input({ gitrepos: [deps, auth, ok] }))).toEqual([]);
  });
});

describe('bundleApplyError', () => {
  // The Bundle of a GitRepo whose YAML does not parse, as Fleet v0.16.0 writes it.
  const message =
    'ErrApplied(1) [Cluster fleet-default/prod-us: error while running post render on files: yaml: line 7: mapping values are not allowed in this context]';
  const bundle = (name: string, errApplied: number, msg = message) => ({
    metadata: { name, namespace: 'fleet-default', labels: { 'fleet.cattle.io/repo-name': 'broken-yaml' } },
    status: { summary: { desiredReady: 1, ready: 0, errApplied }, conditions: [{ type: 'Ready', status: 'False', message: msg }] },
  });
  it('explains an ErrApplied bundle with the agent\'s message and names its GitRepo', () => {
    const [f, ...rest] = bundleApplyError(T.input({ bundles: [bundle('broken-yaml', 1), T.readyBundle('fine')] }));
    expect(rest).toEqual([]);
    expect(f?.title).toBe('Bundle broken-yaml: fails to deploy on 1 cluster');
    expect(f?.explanation).toContain('yaml: line 7: mapping values are not allowed in this context');
    expect(f?.objects.map((o) => o.kind)).toEqual(['Bundle', 'GitRepo']);
  });
  it('names the field manager and fields of a server-side apply conflict after a hand edit', () => {
    // The agent's error as Fleet v0.16.0 logged it, in the Bundle's ErrApplied message format.
    const conflict =
      'ErrApplied(1) [Cluster fleet-default/staging-eu: failed deploying bundle: conflict occurred while applying object demo/web-config /v1, Kind=ConfigMap: ' +
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using v1: .data.greeting]';
    const [f] = bundleApplyError(T.input({ bundles: [bundle('web', 1, conflict)] }));
    expect(f?.title).toBe('Bundle web: a change made outside Fleet blocks the deployment on 1 cluster');
    expect(f?.explanation).toContain('demo/web-config was changed by “kubectl-edit” (.data.greeting)');
    if (f?.fix?.type !== 'steps') throw new Error('fix');
    expect(f.fix.steps.join(' ')).toContain('Correct drift with Force');
  });
  it('is quiet without ErrApplied deployments and leaves missing dependencies to their detector', () => {
    const deps = bundle('deps', 1, 'ErrApplied(1) [Cluster fleet-default/a: found in Chart.yaml, but missing in charts/ directory: redis]');
    expect(bundleApplyError(T.input({ bundles: [bundle('notyet', 0), deps] }))).toEqual([]);
  });
});

describe('proxyEnvMissing', () => {
  it('flags group members without the proxy variables their peers have', () => {
    const clusters = [T.proxied('p1', true), T.proxied('p2', true), T.proxied('p4', false), T.cluster('elsewhere')];
    const [f, ...rest] = proxyEnvMissing(T.input({ clusters, clustergroups: [T.proxyGroup] }));
    expect(rest).toEqual([]);
    expect(f?.objects.map((o) => o.name)).toEqual(['proxied-eu', 'p4']);
    expect(f?.objects[1]?.note).toBe('missing HTTPS_PROXY, HTTP_PROXY, NO_PROXY');
    expect(f?.explanation).not.toContain('secret');
    expect(f?.explanation).toContain('***@proxy.acme.example');
  });
  it('is quiet when all or none of a group use a proxy', () => {
    expect(proxyEnvMissing(T.input({ clusters: [T.proxied('a', true), T.proxied('b', true)], clustergroups: [T.proxyGroup] }))).toEqual([]);
    expect(proxyEnvMissing(T.input({ clusters: [T.proxied('a', false), T.proxied('b', false)], clustergroups: [T.proxyGroup] }))).toEqual([]);
  });
  it('is quiet when only a minority of a broad group uses a proxy', () => {
    const clusters = [T.proxied('a', true), T.proxied('b', false), T.proxied('c', false)];
    expect(proxyEnvMissing(T.input({ clusters, clustergroups: [T.proxyGroup] }))).toEqual([]);
  });
  it('redacts credentials in proxy URLs', () => {
    expect(redactProxy('http://u:p@h:1')).toBe('http://***@h:1');
    expect(redactProxy('http://h:1')).toBe('http://h:1');
  });
});

describe('windowsScheduling', () => {
  const win = T.cluster('win-us-east-01', { labels: { os: 'windows' } });
  const linux = T.cluster('linux-1');
  const iis = { ...T.readyBundle('windows-iis-windows-iis'), spec: { defaultNamespace: 'iis', targets: [{ clusterGroup: 'windows' }] } };
  const notReady = T.bd('windows-iis-windows-iis', 'win-us-east-01', {}, false);
  it('recognises Windows clusters by label or agent tolerations', () => {
    expect(isWindowsCluster(win)).toBe(true);
    expect(isWindowsCluster(T.cluster('w2', { spec: { agentTolerations: [{ key: 'node.kubernetes.io/os', value: 'windows', effect: 'NoSchedule' }] } }))).toBe(true);
    expect(isWindowsCluster(linux)).toBe(false);
  });
  it('flags a bundle on a Windows cluster without Windows nodeSelector/tolerations (a group named "windows" is not one)', () => {
    const fs = windowsScheduling(T.input({ clusters: [win, linux], bundles: [iis], bundledeployments: [notReady] }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', objects: [{ kind: 'Bundle', name: 'windows-iis-windows-iis' }, { kind: 'Cluster', name: 'win-us-east-01' }] });
  });
  it('accepts helm values or manifests that select Windows nodes', () => {
    const withValues = { ...iis, spec: { helm: { values: { nodeSelector: { 'kubernetes.io/os': 'windows' } } } } };
    expect(bundleHasWindowsScheduling(withValues)).toBe(true);
    const withManifest = { ...iis, spec: { resources: [{ name: 'd.yaml', content: 'nodeSelector:\n  kubernetes.io/os: windows\n' }] } };
    expect(bundleHasWindowsScheduling(withManifest)).toBe(true);
    expect(windowsScheduling(T.input({ clusters: [win], bundles: [withValues], bundledeployments: [notReady] }))).toEqual([]);
  });
  it('summarises ready bundles as info and skips agent bundles and Linux clusters', () => {
    const fs = windowsScheduling(T.input({
      clusters: [win, linux],
      bundles: [iis, T.readyBundle('fleet-agent-win-us-east-01'), T.readyBundle('linux-only')],
      bundledeployments: [T.bd('windows-iis-windows-iis', 'win-us-east-01'), T.bd('fleet-agent-win-us-east-01', 'win-us-east-01', {}, false), T.bd('linux-only', 'linux-1', {}, false)],
    }));
    expect(fs.map((f) => [f.severity, f.objects.map((o) => o.name)])).toEqual([['info', ['windows-iis-windows-iis']]]);
  });
});

describe('runDetectors', () => {
  it('runs all detectors, worst first, and finds findings per object', () => {
    const fs = runDetectors(T.input({ bundles: [T.agentBundle, T.depsBundle], clusters: [T.cluster('x', { lastSeen: T.minutes(600) })], gitrepos: [T.helmSecretRepo] }));
    expect(fs.every((f, i) => i === 0 || (['error', 'warning', 'info'].indexOf(fs[i - 1]!.severity) <= ['error', 'warning', 'info'].indexOf(f.severity)))).toBe(true);
    expect(new Set(fs.map((f) => f.detector))).toEqual(new Set(['agent-bundle-modified', 'helm-dependencies-missing', 'agents-not-reporting', 'missing-secret']));
    expect(findingsFor(fs, 'Bundle', 'fleet-default', 'helm-missing-deps-charts-webapp')).toHaveLength(1);
  });
});
