import { describe, expect, it } from 'vitest';
import { parsePatch } from './patch-lines';

describe('parsePatch', () => {
  it('lists changed leaves with their desired values (Fleet agent log example)', () => {
    const r = parsePatch('{"spec":{"template":{"spec":{"hostNetwork":false}}}}');
    expect(r).toEqual({ ok: true, lines: [{ path: 'spec.template.spec.hostNetwork', op: 'set', desired: 'false' }] });
  });
  it('turns null into a removal and keeps odd keys readable', () => {
    const r = parsePatch('{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":null}},"spec":{"replicas":3}}');
    expect(r.ok && r.lines).toEqual([
      { path: 'metadata.annotations."storageclass.kubernetes.io/is-default-class"', op: 'remove' },
      { path: 'spec.replicas', op: 'set', desired: '3' },
    ]);
  });
  it('expands JSON held in a string (the agent ConfigMap)', () => {
    const r = parsePatch('{"data":{"config":"{\\"labels\\":null,\\"agentTLSMode\\":\\"system-store\\"}"}}');
    expect(r.ok && r.lines.map((l) => `${l.path}=${l.desired}`)).toEqual(['data.config (JSON).labels=null', 'data.config (JSON).agentTLSMode="system-store"']);
  });
  it('reports a truncated patch instead of failing', () => {
    const r = parsePatch('{"spec":{"a":"b…');
    expect(r.ok).toBe(false);
  });
});
