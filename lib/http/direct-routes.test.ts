import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Person } from '@/lib/auth/current';
import { byWorkspaceThenName, listParsed } from './direct-routes';

const listDirect = vi.fn();
vi.mock('./read-direct', () => ({ listDirect: (...a: unknown[]) => listDirect(...a) }));

const Schema = z.object({ metadata: z.object({ name: z.string(), resourceVersion: z.string().optional() }) });
const KIND = { kind: 'Schedule' as const, words: 'Schedules', resource: 'schedules' as const, schema: Schema };
const person = { identity: { username: 'u' } } as unknown as Person;

describe('listParsed', () => {
  it('keeps what the schema understands and leaves out the rest', async () => {
    listDirect.mockResolvedValue([{ metadata: { name: 'a' } }, { metadata: {} }, 'junk']);
    expect(await listParsed(person, KIND, 'ws')).toEqual([{ metadata: { name: 'a' } }]);
    expect(listDirect).toHaveBeenCalledWith(person, 'schedules', 'ws', 'Schedules');
  });
});

describe('byWorkspaceThenName', () => {
  it('orders by workspace, then name', () => {
    const rows = [
      { namespace: 'b', name: 'a' },
      { namespace: 'a', name: 'z' },
      { namespace: 'a', name: 'b' },
    ];
    expect(rows.sort(byWorkspaceThenName).map((r) => `${r.namespace}/${r.name}`)).toEqual(['a/b', 'a/z', 'b/a']);
  });
});
