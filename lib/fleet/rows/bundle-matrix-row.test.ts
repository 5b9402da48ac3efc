import { describe, expect, it } from 'vitest';
import { buildMatrix, MATRIX_MAX_COLUMNS, MatrixQuerySchema, stateOfCode, STATE_CODE, type MatrixInput } from './bundle-matrix-row';
import { BUNDLE_STATES } from '../state';

const input: MatrixInput = {
  bundles: [
    { name: 'web', state: 'Ready' },
    { name: 'db', state: 'ErrApplied' },
    { name: 'agent', state: 'Modified' },
  ],
  clusters: ['c-b', 'c-a', 'c-c'],
  cells: [
    { bundle: 'web', cluster: 'c-a', state: 'Ready' },
    { bundle: 'db', cluster: 'c-a', state: 'ErrApplied' },
    { bundle: 'web', cluster: 'c-b', state: 'Ready' },
    { bundle: 'agent', cluster: 'c-b', state: 'Modified' },
    { bundle: 'web', cluster: 'gone', state: 'Ready' },
    { bundle: 'unknown', cluster: 'c-c', state: 'ErrApplied' },
  ],
};
const q = (o: Record<string, unknown> = {}) => MatrixQuerySchema.parse(o);

describe('buildMatrix', () => {
  it('orders bundles worst first and writes one code per cell, "." where nothing is deployed', () => {
    const m = buildMatrix(input, q());
    expect(m.bundles.map((b) => b.name)).toEqual(['db', 'agent', 'web']);
    expect(m.clusters).toEqual([
      { name: 'c-a', state: 'ErrApplied', cells: 'E.R' },
      { name: 'c-b', state: 'Modified', cells: '.MR' },
      { name: 'c-c', state: undefined, cells: '...' },
    ]);
    expect(m).toMatchObject({ total: 3, totalClusters: 3, page: 1, bundlesTotal: 3 });
  });

  it('filters by name and by state, sorts worst first, and pages', () => {
    expect(buildMatrix(input, q({ q: 'C-B' })).clusters.map((c) => c.name)).toEqual(['c-b']);
    const modified = buildMatrix(input, q({ state: 'Modified' }));
    expect(modified.clusters.map((c) => c.name)).toEqual(['c-b']);
    expect(modified).toMatchObject({ total: 1, totalClusters: 3 });
    expect(buildMatrix(input, q({ sort: 'state' })).clusters.map((c) => c.name)).toEqual(['c-a', 'c-b', 'c-c']);
    const p2 = buildMatrix(input, q({ pageSize: 2, page: 2 }));
    expect(p2.clusters.map((c) => c.name)).toEqual(['c-c']);
    expect(p2.total).toBe(3);
  });

  it('codes are one letter per state and read back', () => {
    const codes = BUNDLE_STATES.map((s) => STATE_CODE[s]);
    expect(new Set(codes).size).toBe(BUNDLE_STATES.length);
    for (const s of BUNDLE_STATES) expect(stateOfCode(STATE_CODE[s])).toBe(s);
    expect(stateOfCode('.')).toBeUndefined();
  });

  it('rejects a page size beyond 10,000 rows in words', () => {
    const r = MatrixQuerySchema.safeParse({ pageSize: '10001' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('pageSize must be at most 10000');
  });
  it('with more bundles than fit, the columns are the worst ones deployed on the page, in the same order', () => {
    const n = MATRIX_MAX_COLUMNS + 50;
    const many: MatrixInput = {
      bundles: Array.from({ length: n }, (_, j) => ({ name: `b${String(j).padStart(4, '0')}`, state: j === 7 ? 'ErrApplied' : 'Ready' })),
      clusters: ['x', 'y'],
      cells: [
        { bundle: 'b0007', cluster: 'x', state: 'ErrApplied' },
        { bundle: 'b0300', cluster: 'x', state: 'Ready' },
        { bundle: 'b0001', cluster: 'y', state: 'Ready' },
      ],
    };
    const m = buildMatrix(many, q());
    expect(m.bundlesTotal).toBe(n);
    expect(m.bundles.map((b) => b.name)).toEqual(['b0007', 'b0001', 'b0300']);
    expect(m.clusters).toEqual([
      { name: 'x', state: 'ErrApplied', cells: 'E.R' },
      { name: 'y', state: 'Ready', cells: '.R.' },
    ]);
    // Page 2 of one row per page holds only y: only y's bundle is a column.
    expect(buildMatrix(many, q({ pageSize: 1, page: 2 })).bundles.map((b) => b.name)).toEqual(['b0001']);
  });
});
