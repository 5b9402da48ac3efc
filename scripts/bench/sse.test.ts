import { describe, expect, it } from 'vitest';
import { parseSse } from './sse';

describe('parseSse', () => {
  it('splits complete messages, skips comments and id-only heartbeats, keeps the partial rest', () => {
    const r = parseSse('retry: 2000\n\nid: a-1\nevent: ready\ndata: {"k":1}\n\n: ping\nid: a-2\n\nevent: change\ndata: [1');
    expect(r.events).toEqual([{ event: 'ready', id: 'a-1', data: '{"k":1}' }]);
    expect(r.rest).toBe('event: change\ndata: [1');
  });
});
