import { describe, expect, it } from 'vitest';
import { agentBundleDeployment, clusterWaitCheckIn } from './testdata/examples';
import {
  bundleDeploymentSelector,
  bundleOfBundleDeployment,
  clusterNamespaceOf,
  clusterOfBundleDeployment,
  clusterOfNamespace,
  dns1123LabelSchema,
  dns1123SubdomainSchema,
  indexClustersByNamespace,
  isDns1123Label,
  isDns1123Subdomain,
  isWorkspaceCandidate,
  validateDns1123Label,
  validateDns1123Subdomain,
} from './names';

describe('DNS-1123 validation', () => {
  it('accepts valid names', () => {
    for (const n of ['a', 'fleet-default', '123-abc', 'a'.repeat(63)]) {
      expect(validateDns1123Label(n)).toEqual([]);
      expect(isDns1123Label(n)).toBe(true);
    }
    for (const n of ['my.repo', 'a.b-c.d', 'a'.repeat(253)]) expect(validateDns1123Subdomain(n)).toEqual([]);
  });

  it('gives specific label messages', () => {
    expect(validateDns1123Label('')).toEqual(['Name must not be empty']);
    expect(validateDns1123Label('a'.repeat(64))).toEqual(['Name must be at most 63 characters (it has 64)']);
    expect(validateDns1123Label('My_Repo', 'Workspace')).toEqual([
      "Workspace contains 'M', '_', 'R': only lowercase letters, digits and '-' are allowed (use lowercase)",
      'Workspace must start with a lowercase letter or digit',
    ]);
    expect(validateDns1123Label('-web-')).toEqual([
      'Name must start with a lowercase letter or digit',
      'Name must end with a lowercase letter or digit',
    ]);
    expect(validateDns1123Label('a b')).toEqual([
      "Name contains a space: only lowercase letters, digits and '-' are allowed",
    ]);
    expect(isDns1123Label('my.repo')).toBe(false);
  });

  it('gives specific subdomain messages', () => {
    expect(validateDns1123Subdomain('a..b')).toEqual(["Name must not contain '..'"]);
    expect(validateDns1123Subdomain('.a')).toEqual(['Name must start and end with a lowercase letter or digit']);
    expect(validateDns1123Subdomain('a.-b')).toEqual([
      "each '.'-separated part of name must start and end with a lowercase letter or digit, not '-'",
    ]);
    expect(validateDns1123Subdomain('a'.repeat(254))[0]).toBe('Name must be at most 253 characters (it has 254)');
    expect(isDns1123Subdomain('a.-b')).toBe(false);
    expect(isDns1123Subdomain('a.b')).toBe(true);
  });

  it('zod schemas carry the messages', () => {
    const r = dns1123LabelSchema('Cluster group').safeParse('Prod');
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "Cluster group contains 'P': only lowercase letters, digits and '-' are allowed (use lowercase)",
      'Cluster group must start with a lowercase letter or digit',
    ]);
    expect(dns1123SubdomainSchema().parse('web.app')).toBe('web.app');
  });
});

describe('cluster ↔ namespace mapping', () => {
  const nsObject = {
    metadata: {
      name: 'cluster-fleet-local-local-1a3d67d0a899',
      labels: { 'fleet.cattle.io/managed': 'true' },
      annotations: { 'fleet.cattle.io/cluster-namespace': 'fleet-local', 'fleet.cattle.io/cluster': 'local' },
    },
  };

  it('reads Cluster.status.namespace', () => {
    expect(clusterNamespaceOf(clusterWaitCheckIn)).toBe('cluster-fleet-default-prod-west-3f9a1c2b7d44');
    expect(clusterNamespaceOf({ status: { namespace: '' } })).toBeUndefined();
    expect(clusterNamespaceOf({})).toBeUndefined();
  });

  it('maps namespaces and BundleDeployments back to their cluster', () => {
    expect(clusterOfNamespace(nsObject)).toEqual({ namespace: 'fleet-local', name: 'local' });
    expect(clusterOfNamespace({ metadata: { name: 'fleet-local' } })).toBeUndefined();
    expect(clusterOfBundleDeployment(agentBundleDeployment)).toEqual({ namespace: 'fleet-local', name: 'local' });
    expect(bundleOfBundleDeployment(agentBundleDeployment)).toEqual({ namespace: 'fleet-local', name: 'fleet-agent-local' });
    const index = indexClustersByNamespace([clusterWaitCheckIn, { metadata: { name: 'new', namespace: 'fleet-default' } }]);
    expect([...index]).toEqual([['cluster-fleet-default-prod-west-3f9a1c2b7d44', { namespace: 'fleet-default', name: 'prod-west' }]]);
  });

  it('builds the BundleDeployment label selectors', () => {
    expect(bundleDeploymentSelector.forCluster({ namespace: 'fleet-local', name: 'local' })).toBe(
      'fleet.cattle.io/cluster=local,fleet.cattle.io/cluster-namespace=fleet-local',
    );
    expect(bundleDeploymentSelector.forGitRepo({ namespace: 'fleet-default', name: 'web' })).toBe(
      'fleet.cattle.io/repo-name=web,fleet.cattle.io/bundle-namespace=fleet-default',
    );
  });

  it('excludes system and cluster namespaces from workspaces', () => {
    expect(isWorkspaceCandidate({ metadata: { name: 'fleet-default' } })).toBe(true);
    expect(isWorkspaceCandidate({ metadata: { name: 'cattle-fleet-system' } })).toBe(false);
    expect(isWorkspaceCandidate(nsObject)).toBe(false);
    expect(isWorkspaceCandidate({ metadata: { name: '_all' } })).toBe(false);
  });
});
