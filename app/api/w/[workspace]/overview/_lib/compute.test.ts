import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '@/lib/cache/derive';
import type { CacheKind } from '@/lib/cache/kinds';
import type { Entry } from '@/lib/cache/store';
import type { KubeObject } from '@/lib/cache/types';
import { OverviewSchema } from '@/lib/fleet/rows/overview-schema';
import { computeOverview } from './compute';

const real = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../../../lib/fleet/testdata/real-fleet', `${name}.json`), 'utf8')) as KubeObject;
const entry = (kind: CacheKind, o: KubeObject): Entry => ({ key: `${o.metadata.namespace}/${o.metadata.name}`, obj: o, ...derive(kind, o) });

describe('overview counts of applications', () => {
  it('counts HelmOps beside GitRepos, with paused and pinned ones', () => {
    const ready = real('gitrepo-ready');
    const pinned = { ...ready, metadata: { ...ready.metadata, name: 'pinned' }, spec: { ...ready.spec, branch: undefined, revision: 'a'.repeat(40) } } as KubeObject;
    const helm = real('helmop-ready'); // spec.helm.version 0.1.0: an exact version, so pinned
    const ranged = { ...helm, metadata: { ...helm.metadata, name: 'ranged' }, spec: { ...helm.spec, paused: true, helm: { ...(helm.spec?.helm as object), version: '^0.1' } } } as KubeObject;
    const o = computeOverview(
      { gitrepos: [entry('gitrepos', ready), entry('gitrepos', pinned), entry('gitrepos', real('gitrepo-stalled'))], helmops: [entry('helmops', helm), entry('helmops', ranged)], forbidden: [], parts: ['gitrepos', 'helmops'] },
      Date.parse('2026-12-01T00:00:00Z'),
    );
    expect(OverviewSchema.parse(o)).toEqual(o);
    expect(o.gitrepos).toMatchObject({ total: 3, pinned: 1 });
    expect(o.helmops).toMatchObject({ total: 2, pinned: 1, paused: 1 });
    expect(o.helmops?.byState.Ready).toBe(2);
  });

  it('leaves HelmOps out (null) when the person may not list them', () => {
    const o = computeOverview({ helmops: [entry('helmops', real('helmop-ready'))], forbidden: ['helmops'], parts: ['helmops'] }, Date.now());
    expect(o.helmops).toBeNull();
  });
});
