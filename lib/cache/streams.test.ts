import { describe, expect, it } from 'vitest';
import { boundedEnqueue, StreamSlots } from './streams';

describe('StreamSlots', () => {
  it('caps streams per person and in total, and frees a slot once on release', () => {
    const slots = new StreamSlots({ total: 3, perPerson: 2 });
    const a1 = slots.acquire('a');
    const a2 = slots.acquire('a');
    expect(a1.ok && a2.ok).toBe(true);
    const a3 = slots.acquire('a');
    expect(a3).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/at most 2 per person/) });
    const b1 = slots.acquire('b');
    expect(b1.ok).toBe(true);
    expect(slots.acquire('c')).toMatchObject({ ok: false, status: 503 });
    if (a1.ok) {
      a1.release();
      a1.release(); // twice counts once
    }
    expect(slots.total).toBe(2);
    expect(slots.countFor('a')).toBe(1);
    expect(slots.acquire('c').ok).toBe(true);
  });
});

describe('boundedEnqueue', () => {
  it('lets a reading client have everything, and cuts off one that never reads once its queue reaches the bound', async () => {
    const chunk = new Uint8Array(1000);
    // Read as it comes: the queue never fills.
    let overflowReader = 0;
    const read = new ReadableStream<Uint8Array>(
      {
        async start(c) {
          for (let i = 0; i < 50; i++) {
            boundedEnqueue(c, chunk, () => overflowReader++);
            await new Promise((r) => setTimeout(r, 0));
          }
          c.close();
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 10_000 }),
    );
    let got = 0;
    const reader = read.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) got += r.value.byteLength;
    expect(got).toBe(50_000);
    expect(overflowReader).toBe(0);

    // Never read: the tenth chunk reaches 10,000 queued bytes.
    let overflowAt = -1;
    new ReadableStream<Uint8Array>(
      {
        start(c) {
          for (let i = 0; i < 50 && overflowAt < 0; i++) boundedEnqueue(c, chunk, () => (overflowAt = i));
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 10_000 }),
    );
    expect(overflowAt).toBe(9);
  });
});
