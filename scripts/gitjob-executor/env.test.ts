import { describe, expect, it } from 'vitest';
import { envRefs, expand, resolveEnv, type Lookup } from './env';
import type { KeyData, Pod } from './types';
import podFixture from './testdata/gitjob-pod.json';

const pod = () => structuredClone(podFixture) as unknown as Pod;
const data = (o: Record<string, string>): KeyData => new Map(Object.entries(o).map(([k, v]) => [k, Buffer.from(v)]));
const lookup = (secrets: Record<string, KeyData>, cms: Record<string, KeyData> = {}): Lookup => ({ secret: (n) => secrets[n], configMap: (n) => cms[n] });

describe('container environment', () => {
  it("resolves apply's env from the fixture, HELM_USERNAME from the Helm secret", () => {
    const p = pod();
    const r = resolveEnv(p, p.spec.containers[0]!, lookup({ 'helm-auth': data({ username: 'helm-user', password: 'x' }) }), '127.0.0.1');
    expect('env' in r && Object.fromEntries(r.env)).toMatchObject({ HOME: '/fleet-home', JOB_NAME: 'simple-1f691', HELM_USERNAME: 'helm-user', COMMIT: '4f0c8f1d5b6a3c2e9d8f7a6b5c4d3e2f1a0b9c8d', OCI_STORAGE: 'false' });
  });

  it('skips an optional key that is missing; fails a required one in the kubelet words', () => {
    const p = pod();
    const r = resolveEnv(p, p.spec.containers[0]!, lookup({ 'helm-auth': data({}) }), '127.0.0.1');
    expect('env' in r && r.env.has('HELM_USERNAME')).toBe(false);
    const c = { name: 'c', env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'creds', key: 'token' } } }] };
    expect(resolveEnv(p, c, lookup({ creds: data({}) }), 'h')).toEqual({ error: "couldn't find key token in Secret fleet-default/creds" });
    expect(resolveEnv(p, c, lookup({}), 'h')).toEqual({ error: 'secret "creds" not found' });
  });

  it('reads configMapKeyRef, fieldRef and envFrom with prefix; env overrides envFrom', () => {
    const p = pod();
    const c = {
      name: 'c',
      envFrom: [{ configMapRef: { name: 'settings' }, prefix: 'S_' }, { secretRef: { name: 'absent', optional: true } }],
      env: [
        { name: 'S_A', value: 'override' },
        { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'settings', key: 'B' } } },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'NS', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
        { name: 'JOB', valueFrom: { fieldRef: { fieldPath: "metadata.labels['job-name']" } } },
        { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      ],
    };
    const r = resolveEnv(p, c, lookup({}, { settings: data({ A: '1', B: 'debug' }) }), '10.1.2.3');
    expect('env' in r && Object.fromEntries(r.env)).toEqual({ S_A: 'override', S_B: 'debug', LEVEL: 'debug', POD: 'simple-1f691-x7k2p', NS: 'fleet-default', JOB: 'simple-1f691', IP: '10.1.2.3' });
  });

  it('expands $(VAR) like Kubernetes: known refs replaced, unknown kept, $$ escapes', () => {
    const vars = new Map([['A', 'x'], ['B', 'y']]);
    expect(expand('$(A)/$(B)-$(C)', vars)).toBe('x/y-$(C)');
    expect(expand('$$(A) $$ $ $(A', vars)).toBe('$(A) $ $ $(A');
    const p = pod();
    const r = resolveEnv(p, { name: 'c', env: [{ name: 'A', value: 'one' }, { name: 'B', value: '$(A)-two' }] }, lookup({}), 'h');
    expect('env' in r && r.env.get('B')).toBe('one-two');
  });

  it('lists the Secrets and ConfigMaps the env reads', () => {
    const p = pod();
    const refs = envRefs([...p.spec.initContainers!, ...p.spec.containers]);
    expect([...refs.secrets]).toEqual(['helm-auth']);
    expect([...refs.configMaps]).toEqual([]);
  });
});
