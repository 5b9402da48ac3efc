import { describe, expect, it } from 'vitest';
import { writtenMetadata } from './written-metadata';

describe('writtenMetadata', () => {
  const existing = {
    metadata: {
      name: 'web',
      namespace: 'ws',
      uid: 'u1',
      resourceVersion: '41',
      generation: 3,
      labels: { a: '1' },
      annotations: { b: '2' },
      finalizers: ['fleet.cattle.io/gitrepo-finalizer'],
      ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'x', uid: 'ux' }],
    },
  };

  it('create: only name and namespace', () => {
    expect(writtenMetadata('web', 'ws')).toEqual({ name: 'web', namespace: 'ws' });
  });

  it('edit: keeps labels, annotations, finalizers and owners, never uid or generation; the given resourceVersion wins', () => {
    const m = writtenMetadata('web', 'ws', existing, '42');
    expect(m).toEqual({ name: 'web', namespace: 'ws', resourceVersion: '42', labels: { a: '1' }, annotations: { b: '2' }, finalizers: ['fleet.cattle.io/gitrepo-finalizer'], ownerReferences: existing.metadata.ownerReferences });
    expect(writtenMetadata('web', 'ws', existing).resourceVersion).toBe('41');
  });

  it('copies: changing the manifest leaves the stored object alone', () => {
    const m = writtenMetadata('web', 'ws', existing);
    m.labels!.a = 'changed';
    m.finalizers!.push('other');
    m.ownerReferences![0]!.name = 'changed';
    expect(existing.metadata.labels.a).toBe('1');
    expect(existing.metadata.finalizers).toHaveLength(1);
    expect(existing.metadata.ownerReferences[0]!.name).toBe('x');
  });
});
