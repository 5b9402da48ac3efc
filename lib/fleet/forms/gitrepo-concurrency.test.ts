import { describe, expect, it } from 'vitest';
import { writeResourceVersion } from './gitrepo-concurrency';

const current = { metadata: { name: 'shop', resourceVersion: '120', generation: 4 } };

describe('writeResourceVersion', () => {
  it('uses the current resourceVersion when only status moved it (same generation)', () => {
    expect(writeResourceVersion(current, { resourceVersion: '100', generation: 4 })).toBe('120');
  });
  it('keeps the loaded resourceVersion when the spec changed meanwhile, so the write is a 409', () => {
    expect(writeResourceVersion(current, { resourceVersion: '100', generation: 3 })).toBe('100');
  });
  it('keeps the loaded resourceVersion when the generation is unknown', () => {
    expect(writeResourceVersion(current, { resourceVersion: '100' })).toBe('100');
  });
});
