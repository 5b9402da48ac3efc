import { describe, expect, it } from 'vitest';
import type { Pod, Volume } from './types';
import { volumeFiles, volumeRefs, type VolumeContext } from './volumes';
import podFixture from './testdata/gitjob-pod.json';

const pod = podFixture as unknown as Pod;
const bytes = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [k, Buffer.from(v)]));
const ctx = (over: Partial<VolumeContext> = {}): VolumeContext => ({
  pod,
  hostIP: '127.0.0.1',
  token: 'tok',
  configMap: (n) => (n === 'simple-config-5d3f8a1c2b' ? bytes({ 'targets.yaml': '{"targets":[{"clusterGroup":"default"}]}' }) : undefined),
  secret: (n) => (n === 'helm-auth' ? bytes({ username: 'u', password: 'p', cacerts: 'PEM' }) : n === 'git-auth' ? bytes({ username: 'fleet-ci', password: 's3cret' }) : undefined),
  ...over,
});
const vol = (name: string) => pod.spec.volumes!.find((v) => v.name === name)!;
const summary = (r: ReturnType<typeof volumeFiles>) => ('files' in r ? r.files.map((f) => [f.path, f.data.toString(), f.mode.toString(8)]) : r.error);

describe('volume contents', () => {
  it("projects the fixture's volumes: targets ConfigMap, whole Helm secret, its cacerts item renamed, emptyDirs empty", () => {
    expect(summary(volumeFiles(vol('config'), ctx()))).toEqual([['targets.yaml', '{"targets":[{"clusterGroup":"default"}]}', '644']]);
    expect(summary(volumeFiles(vol('helm-secret'), ctx()))).toEqual([['username', 'u', '644'], ['password', 'p', '644'], ['cacerts', 'PEM', '644']]);
    expect(summary(volumeFiles(vol('helm-secret-cert'), ctx()))).toEqual([['cacert.crt', 'PEM', '644']]);
    expect(summary(volumeFiles(vol('git-cloner'), ctx()))).toEqual([]);
    expect([...volumeRefs(pod.spec.volumes!).secrets]).toEqual(['helm-auth', 'git-auth']);
  });

  it('honours defaultMode and per-item mode', () => {
    const v: Volume = { name: 's', secret: { secretName: 'git-auth', defaultMode: 0o400, items: [{ key: 'password', path: 'pw' }, { key: 'username', path: 'sub/user', mode: 0o440 }] } };
    expect(summary(volumeFiles(v, ctx()))).toEqual([['pw', 's3cret', '400'], ['sub/user', 'fleet-ci', '440']]);
    expect(summary(volumeFiles({ name: 'c', configMap: { name: 'simple-config-5d3f8a1c2b' } }, ctx()))[0]).toContain('644');
  });

  it('fails a missing object or item unless optional, as MountVolume.SetUp does', () => {
    expect(summary(volumeFiles({ name: 'm', secret: { secretName: 'nope' } }, ctx()))).toBe('MountVolume.SetUp failed for volume "m" : secret "nope" not found');
    expect(summary(volumeFiles({ name: 'm', secret: { secretName: 'nope', optional: true } }, ctx()))).toEqual([]);
    expect(summary(volumeFiles({ name: 'm', secret: { secretName: 'git-auth', items: [{ key: 'token', path: 't' }] } }, ctx()))).toMatch(/non-existent key: token/);
    expect(summary(volumeFiles({ name: 'h', hostPath: { path: '/' } }, ctx()))).toMatch(/volume type hostPath is not supported/);
    expect(summary(volumeFiles({ name: 'e', secret: { secretName: 'git-auth', items: [{ key: 'password', path: '../escape' }] } }, ctx()))).toMatch(/invalid path/);
  });

  it('projects a kube-api-access volume: token, CA ConfigMap, namespace', () => {
    const v: Volume = {
      name: 'kube-api-access',
      projected: {
        defaultMode: 0o644,
        sources: [
          { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { fieldPath: 'metadata.namespace' } }] } },
        ],
      },
    };
    const r = volumeFiles(v, ctx({ configMap: (n) => (n === 'kube-root-ca.crt' ? bytes({ 'ca.crt': 'CA' }) : undefined) }));
    expect(summary(r)).toEqual([['token', 'tok', '644'], ['ca.crt', 'CA', '644'], ['namespace', 'fleet-default', '644']]);
  });
});
