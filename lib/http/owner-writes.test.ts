import { describe, expect, it, vi } from 'vitest';
import type { K8sClient, SecretMetadata, SecretWrite } from '@/lib/k8s/client';
import { K8sError } from '@/lib/k8s/errors';
import { createWithSecrets, recordedSecret, removeStaleSecret, replaceWithSecrets, retryOnConflict, type OwnerKind } from './owner-writes';

vi.mock('@/lib/k8s/secret-presence', () => ({ forgetSecret: () => undefined }));

type O = { metadata: { name: string; namespace?: string; uid?: string; resourceVersion?: string; annotations?: Record<string, string> } };

const KIND: OwnerKind<O> = {
  kind: 'HelmOp',
  resource: 'helmops',
  annotation: 'x/secret',
  parse: (o) => o as O,
  labelsOurs: (l, name) => l.owner === name,
};

const conflict = () => new K8sError(409, undefined, 'conflict');

/** Records every call; `fail` makes the named operation throw. */
function fakeClient(opts: { fail?: 'secret' | 'replace'; meta?: SecretMetadata | null } = {}) {
  const calls: [string, ...unknown[]][] = [];
  let uid = 0;
  const client = {
    create: async (_k: string, ns: string, obj: O, o?: { dryRun?: boolean }) => {
      calls.push(['create', ns, obj.metadata.name, o?.dryRun ?? false]);
      return { ...obj, metadata: { ...obj.metadata, uid: 'owner-uid' } };
    },
    replace: async (_k: string, _ns: string, obj: O) => {
      calls.push(['replace', obj.metadata.annotations]);
      if (opts.fail === 'replace') throw conflict();
      return obj;
    },
    mergePatch: async (_k: string, _ns: string, n: string, patch: Record<string, unknown>) => {
      calls.push(['mergePatch', n, patch]);
      return { metadata: { name: n, ...(patch.metadata as object) } };
    },
    delete: async (_k: string, _ns: string, n: string, pre?: unknown) => void calls.push(['delete', n, pre]),
    secrets: {
      create: async (_ns: string, s: SecretWrite) => {
        calls.push(['secrets.create', s.metadata.name]);
        if (opts.fail === 'secret') throw new K8sError(403, undefined, 'forbidden');
        return { name: s.metadata.name ?? '', uid: `s${++uid}` };
      },
      delete: async (_ns: string, n: string, pre?: unknown) => void calls.push(['secrets.delete', n, pre]),
      metadata: async () => opts.meta,
    },
  };
  return { client: client as unknown as K8sClient, calls };
}

const secret = (name: string): SecretWrite => ({ metadata: { name }, stringData: { password: 'p' } });
const obj = (annotations?: Record<string, string>): O => ({ metadata: { name: 'h', namespace: 'ws', uid: 'owner-uid', resourceVersion: '7', annotations } });

describe('createWithSecrets', () => {
  it('dry-runs, creates, then records the Secret it made in the annotation', async () => {
    const { client, calls } = fakeClient();
    const out = await createWithSecrets(client, KIND, 'ws', { metadata: { name: 'h' } }, () => [secret('h-auth')]);
    expect(calls.map((c) => c[0])).toEqual(['create', 'create', 'secrets.create', 'mergePatch']);
    expect(calls[0]![3]).toBe(true);
    expect(out.metadata.annotations).toEqual({ 'x/secret': 'h-auth/s1' });
  });

  it('deletes the object again (by its uid) when its Secret cannot be made', async () => {
    const { client, calls } = fakeClient({ fail: 'secret' });
    await expect(createWithSecrets(client, KIND, 'ws', { metadata: { name: 'h' } }, () => [secret('h-auth')])).rejects.toThrow('forbidden');
    expect(calls.at(-1)).toEqual(['delete', 'h', { uid: 'owner-uid' }]);
  });

  it('without Secrets writes no annotation', async () => {
    const { client, calls } = fakeClient();
    await createWithSecrets(client, KIND, 'ws', { metadata: { name: 'h' } }, () => []);
    expect(calls.map((c) => c[0])).toEqual(['create', 'create']);
  });
});

describe('replaceWithSecrets', () => {
  it('removes only the Secrets it made when the replace fails', async () => {
    const { client, calls } = fakeClient({ fail: 'replace' });
    await expect(replaceWithSecrets(client, KIND, obj(), obj(), [secret('h-auth-2')], 'h-auth-2', undefined)).rejects.toThrow('conflict');
    expect(calls.at(-1)).toEqual(['secrets.delete', 'h-auth-2', { uid: 's1' }]);
  });

  it('drops the record once the object no longer names the recorded Secret, keeps it while it does', async () => {
    const recorded = { 'x/secret': 'h-auth/u1' };
    const a = fakeClient();
    await replaceWithSecrets(a.client, KIND, obj(recorded), obj(recorded), [], 'other', undefined);
    expect(a.calls[0]).toEqual(['replace', {}]);
    const b = fakeClient();
    await replaceWithSecrets(b.client, KIND, obj(recorded), obj(recorded), [], 'h-auth', undefined);
    expect(b.calls[0]).toEqual(['replace', recorded]);
  });

  it('a failure to remove the stale Secret does not fail the edit', async () => {
    const { client } = fakeClient();
    client.secrets.metadata = () => Promise.reject(new Error('boom'));
    await expect(replaceWithSecrets(client, KIND, obj(), obj(), [], undefined, 'h-auth')).resolves.toMatchObject({ metadata: { name: 'h' } });
  });
});

describe('removeStaleSecret', () => {
  const ours: SecretMetadata = { name: 'h-auth', uid: 'u1', resourceVersion: '3', labels: { owner: 'h' }, ownerReferences: [{ kind: 'HelmOp', name: 'h', uid: 'owner-uid' }] };

  it('deletes a Secret it made, with its uid and resourceVersion as preconditions', async () => {
    const { client, calls } = fakeClient({ meta: ours });
    expect(await removeStaleSecret(client, KIND, 'ws', obj(), 'h-auth')).toBe('deleted');
    expect(calls).toEqual([['secrets.delete', 'h-auth', { uid: 'u1', resourceVersion: '3' }]]);
  });

  it('keeps a hand-made Secret of the same name, and one owned by another kind', async () => {
    expect(await removeStaleSecret(fakeClient({ meta: { ...ours, labels: {} } }).client, KIND, 'ws', obj(), 'h-auth')).toBe('kept');
    const otherKind = { ...ours, ownerReferences: [{ kind: 'GitRepo', name: 'h', uid: 'owner-uid' }] };
    expect(await removeStaleSecret(fakeClient({ meta: otherKind }).client, KIND, 'ws', obj(), 'h-auth')).toBe('kept');
  });

  it('without read access to Secret metadata, deletes only the recorded one, by its uid', async () => {
    const recorded = obj({ 'x/secret': 'h-auth/u9' });
    const { client, calls } = fakeClient({ meta: undefined });
    expect(await removeStaleSecret(client, KIND, 'ws', recorded, 'h-auth')).toBe('deleted');
    expect(calls).toEqual([['secrets.delete', 'h-auth', { uid: 'u9' }]]);
    expect(await removeStaleSecret(fakeClient({ meta: undefined }).client, KIND, 'ws', recorded, 'other')).toBe('kept');
  });

  it('keeps a Secret another object uses', async () => {
    const { client, calls } = fakeClient({ meta: ours });
    expect(await removeStaleSecret(client, { ...KIND, usedElsewhere: () => true }, 'ws', obj(), 'h-auth')).toBe('kept');
    expect(calls).toEqual([]);
  });
});

describe('recordedSecret', () => {
  it('reads only a well-formed <name>/<uid>', () => {
    expect(recordedSecret(obj({ 'x/secret': 'a/b' }), 'x/secret')).toEqual({ name: 'a', uid: 'b' });
    expect(recordedSecret(obj({ 'x/secret': 'a/b/c' }), 'x/secret')).toBeUndefined();
    expect(recordedSecret(obj({ 'x/secret': 'a' }), 'x/secret')).toBeUndefined();
  });
});

describe('retryOnConflict', () => {
  it('runs the write again on 409, five times at most', async () => {
    const write = vi.fn().mockRejectedValueOnce(conflict()).mockResolvedValueOnce('ok');
    expect(await retryOnConflict(write)).toBe('ok');
    const always = vi.fn().mockRejectedValue(conflict());
    await expect(retryOnConflict(always)).rejects.toThrow('conflict');
    expect(always).toHaveBeenCalledTimes(5);
  });

  it('does not retry other errors', async () => {
    const write = vi.fn().mockRejectedValue(new K8sError(403, undefined, 'forbidden'));
    await expect(retryOnConflict(write)).rejects.toThrow('forbidden');
    expect(write).toHaveBeenCalledTimes(1);
  });
});
