import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from './kinds/gitrepo';
import {
  clusterGroupsOf,
  clustersInGroup,
  describeTarget,
  describeTargets,
  effectiveTargets,
  matchTargets,
  type Target,
} from './targets';

const cluster = (name: string, labels: Record<string, string>, namespace = 'fleet-default') => ({
  metadata: { name, namespace, labels },
});
const group = (name: string, selector: Target['clusterSelector'], labels: Record<string, string> = {}, namespace = 'fleet-default') => ({
  metadata: { name, namespace, labels },
  spec: { selector },
});

const clusters = [
  cluster('prod-east', { env: 'prod', region: 'eu' }),
  cluster('prod-west', { env: 'prod', region: 'us' }),
  cluster('dev-1', { env: 'dev', region: 'eu' }),
  cluster('win-1', { env: 'prod', os: 'windows' }),
  cluster('local', { name: 'local' }, 'fleet-local'),
];
const groups = [
  group('prod', { matchLabels: { env: 'prod' } }, { tier: 'gold' }),
  group('eu', { matchLabels: { region: 'eu' } }),
  group('broken', null),
  group('default', { matchLabels: { name: 'local' } }, {}, 'fleet-local'),
];
const names = (cs: { metadata: { name: string } }[]) => cs.map((c) => c.metadata.name);

describe('describeTargets', () => {
  it('puts targets into words', () => {
    expect(describeTarget({ clusterSelector: {} })).toBe('All clusters in workspace');
    expect(describeTarget({ clusterGroup: 'prod' })).toBe('Cluster group prod');
    expect(describeTarget({ clusterSelector: { matchLabels: { env: 'prod' } } })).toBe('Clusters matching env=prod');
    expect(describeTarget({ clusterName: 'prod-east' })).toBe('Cluster prod-east');
    expect(describeTarget({ clusterGroup: 'prod', clusterSelector: { matchExpressions: [{ key: 'region', operator: 'In', values: ['eu'] }] } })).toBe(
      'Cluster group prod and clusters matching region in (eu)',
    );
    expect(describeTarget({ clusterGroupSelector: { matchLabels: { tier: 'gold' } } })).toBe('Clusters in groups matching tier=gold');
    expect(describeTarget({ name: 'empty' })).toBe('No clusters (target has no criteria)');
    expect(describeTarget({ clusterSelector: { matchExpressions: [{ key: 'provider.cattle.io', operator: 'NotIn', values: ['harvester'] }] } })).toBe(
      'All clusters except Harvester',
    );
    expect(describeTarget({ clusterName: 'win-1', doNotDeploy: true })).toBe('Not deployed to: Cluster win-1');
  });

  it('spells out the GitRepo default', () => {
    expect(describeTargets(undefined)).toEqual(["No targets (defaults to cluster group 'default')"]);
    expect(describeTargets([], 'bundle')).toEqual(['No targets']);
    expect(effectiveTargets([])).toEqual([{ name: 'default', clusterGroup: 'default' }]);
    expect(effectiveTargets(undefined, 'bundle')).toEqual([]);
  });
});

describe('matchTargets (Fleet ClusterMatcher semantics)', () => {
  const match = (targets: Target[], ns = 'fleet-default') => names(matchTargets(targets, clusters, groups, ns));

  it('selects by each criterion', () => {
    expect(match([{ clusterSelector: {} }])).toEqual(['prod-east', 'prod-west', 'dev-1', 'win-1']);
    expect(match([{ clusterName: 'dev-1' }])).toEqual(['dev-1']);
    expect(match([{ clusterGroup: 'eu' }])).toEqual(['prod-east', 'dev-1']);
    expect(match([{ clusterGroupSelector: { matchLabels: { tier: 'gold' } } }])).toEqual(['prod-east', 'prod-west', 'win-1']);
    expect(match([{ clusterSelector: { matchExpressions: [{ key: 'os', operator: 'DoesNotExist' }], matchLabels: { env: 'prod' } } }])).toEqual([
      'prod-east',
      'prod-west',
    ]);
  });

  it('ANDs criteria within a target and ORs targets', () => {
    expect(match([{ clusterGroup: 'prod', clusterSelector: { matchLabels: { region: 'eu' } } }])).toEqual(['prod-east']);
    expect(match([{ clusterName: 'dev-1' }, { clusterName: 'win-1' }])).toEqual(['dev-1', 'win-1']);
    expect(match([{ clusterGroup: 'prod', clusterName: 'dev-1' }])).toEqual([]);
  });

  it('follows Fleet edge cases', () => {
    expect(match([{ name: 'no-criteria' }])).toEqual([]);
    expect(match([{ clusterSelector: null }])).toEqual([]);
    // empty group selector: also matches clusters in no group (evaluated with nil group labels)
    expect(match([{ clusterGroupSelector: {} }])).toEqual(['prod-east', 'prod-west', 'dev-1', 'win-1']);
    // a group without selector holds no clusters
    expect(match([{ clusterGroup: 'broken' }])).toEqual([]);
    // invalid selectors select nothing
    expect(match([{ clusterSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: [] }] } }])).toEqual([]);
  });

  it('stays in the owner namespace and applies the GitRepo default', () => {
    expect(match([{ clusterSelector: {} }], 'fleet-local')).toEqual(['local']);
    expect(match([...effectiveTargets([])], 'fleet-local')).toEqual(['local']);
    expect(match([...effectiveTargets([])], 'fleet-default')).toEqual([]);
    // without a namespace, groups still only apply inside each cluster's namespace
    expect(names(matchTargets([{ clusterGroup: 'default' }], clusters, groups))).toEqual(['local']);
  });

  it('excludes doNotDeploy matches', () => {
    expect(match([{ clusterGroup: 'prod' }, { clusterSelector: { matchLabels: { os: 'windows' } }, doNotDeploy: true }])).toEqual([
      'prod-east',
      'prod-west',
    ]);
  });

  it('accepts targets parsed from a GitRepo', () => {
    const repo = GitRepoSchema.parse({
      metadata: { name: 'web', namespace: 'fleet-default' },
      spec: { repo: 'https://github.com/rancher/fleet-examples', targets: [{ name: 'eu', clusterSelector: { matchLabels: { region: 'eu' } } }] },
    });
    expect(names(matchTargets(repo.spec.targets, clusters, groups, repo.metadata.namespace))).toEqual(['prod-east', 'dev-1']);
  });
});

describe('group membership', () => {
  it('clusterGroupsOf and clustersInGroup agree', () => {
    expect(names(clusterGroupsOf(clusters[0]!, groups))).toEqual(['prod', 'eu']);
    expect(names(clustersInGroup(groups[0]!, clusters))).toEqual(['prod-east', 'prod-west', 'win-1']);
    expect(clustersInGroup(groups[2]!, clusters)).toEqual([]);
  });
});
