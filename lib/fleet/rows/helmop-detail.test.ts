import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HelmOpSchema } from '../kinds/helmop';
import { HelmOpActionSchema, helmOpVersionInfo } from './helmop-detail';

const real = HelmOpSchema.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../testdata/real-fleet/helmop-ready.json'), 'utf8')));

describe('HelmOp version story', () => {
  it('reads the pinned, deployed version real Fleet reported', () => {
    expect(helmOpVersionInfo(real)).toMatchObject({ asked: '0.1.0', askedKind: 'exact', resolved: '0.1.0', deployed: '0.1.0', pinned: true, polls: false });
  });

  it('says whether and why Fleet polls', () => {
    const withSpec = (spec: object, status: object = {}) => HelmOpSchema.parse({ ...real, spec: { ...real.spec, ...spec }, status: { ...real.status, ...status } });
    expect(helmOpVersionInfo(withSpec({ helm: { repo: 'https://c.example.com', chart: 'x', version: '^1' }, pollingInterval: '5m' }, { version: '1.3.0', lastPollingTriggered: '2026-11-30T10:00:00Z' }))).toMatchObject({
      askedKind: 'range',
      resolved: '1.3.0',
      pinned: false,
      polls: true,
      lastPolled: '2026-11-30T10:00:00Z',
    });
    expect(helmOpVersionInfo(withSpec({ helm: { repo: 'https://c.example.com', chart: 'x', version: '^1' } })).notPollingBecause).toMatch(/No polling interval/);
    expect(helmOpVersionInfo(withSpec({ helm: { chart: 'https://e.com/x-1.0.0.tgz' }, pollingInterval: '5m' }))).toMatchObject({ askedKind: 'archive', pinned: false, polls: false });
    expect(helmOpVersionInfo(withSpec({}, { readyClusters: 1, summary: { ready: 1, desiredReady: 2, notReady: 1 } })).deployed).toBeUndefined();
  });

  it('validates actions, pin needing an exact version', () => {
    expect(HelmOpActionSchema.safeParse({ action: 'pin', version: '0.2.0' }).success).toBe(true);
    expect(HelmOpActionSchema.safeParse({ action: 'pin', version: '^0.2' }).error?.issues[0]?.message).toBe('Pick an exact version (e.g. 1.2.3) to pin to');
    expect(HelmOpActionSchema.safeParse({ action: 'unpin', range: '~0.2' }).success).toBe(true);
    expect(HelmOpActionSchema.safeParse({ action: 'delete' }).success).toBe(false);
  });
});
