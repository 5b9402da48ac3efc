import { describe, expect, it } from 'vitest';
import { readyConditionMessage, summaryState, type BundleSummary } from '../state';
import { gitRepoNotReady } from '../testdata/examples';
import { GitRepoKind, GitRepoSchema, GitRepoSpecSchema } from './gitrepo';

// Status JSON from rancher/fleet#1449, wrapped in a GitRepo.
const failedAccept = {
  apiVersion: 'fleet.cattle.io/v1alpha1',
  kind: 'GitRepo',
  metadata: { name: 'private', namespace: 'fleet-default', resourceVersion: '42', managedFields: [] },
  spec: { repo: 'https://github.com/example/private', helmSecretName: 'auth-9qgqg', caBundle: 'LS0tLS1CRUdJTg==' },
  status: {
    conditions: [
      {
        lastUpdateTime: '2023-03-30T18:03:36Z',
        message: 'failed to look up helmSecretName, error: secrets "fleet-default/auth-9qgqg" not found',
        reason: 'Error',
        status: 'False',
        type: 'Accepted',
      },
      { lastUpdateTime: '2023-03-30T18:03:36Z', status: 'True', type: 'ImageSynced' },
    ],
    desiredReadyClusters: 0,
    display: { readyBundleDeployments: '0/0' },
    lastSyncedImageScanTime: null,
    observedGeneration: 0,
    readyClusters: 0,
  },
};

describe('GitRepoSchema', () => {
  it('has the kind identity', () => {
    expect(GitRepoKind).toMatchObject({ kind: 'GitRepo', plural: 'gitrepos', group: 'fleet.cattle.io', namespaced: true });
  });

  it('parses a recorded status and keeps unknown fields', () => {
    const g = GitRepoSchema.parse(failedAccept);
    expect(g.status?.conditions?.[0]?.reason).toBe('Error');
    expect(g.status?.lastSyncedImageScanTime).toBeNull();
    expect(g.spec.caBundle).toBe('LS0tLS1CRUdJTg==');
    expect((g.metadata as Record<string, unknown>).managedFields).toEqual([]);
  });

  it('reads a summary with omitted counters and null lists as a BundleSummary', () => {
    const g = GitRepoSchema.parse({
      ...failedAccept,
      status: { summary: { ...gitRepoNotReady.summary, nonReadyResources: gitRepoNotReady.summary.nonReadyResources } },
    });
    const s: BundleSummary | undefined = g.status?.summary;
    expect(summaryState(s)).toBe('NotReady');
    expect(readyConditionMessage(s)).toBe(gitRepoNotReady.readyMessage);
    const empty = GitRepoSchema.parse({ ...failedAccept, status: { summary: { nonReadyResources: null } } });
    expect(empty.status?.summary).toEqual({ ready: 0, desiredReady: 0, nonReadyResources: undefined });
  });

  it('rejects a summary entry using `state` instead of `bundleState`', () => {
    const bad = { ...failedAccept, status: { summary: { ready: 0, desiredReady: 1, nonReadyResources: [{ name: 'x', state: 'NotReady' }] } } };
    expect(GitRepoSchema.safeParse(bad).success).toBe(false);
  });

  it('requires spec.repo', () => {
    expect(GitRepoSpecSchema.safeParse({ branch: 'main' }).success).toBe(false);
    expect(GitRepoSpecSchema.parse({ repo: 'git@github.com:a/b.git', targets: [{ clusterGroup: 'prod' }] }).targets).toEqual([
      { clusterGroup: 'prod' },
    ]);
  });
});
