// One Bundle: its row, conditions and notable options, from the cache (404 in words when absent or not allowed).
import { bundleOptions, conditionRows, toBundleRow, type BundleDetail } from '@/lib/fleet/rows/bundle-row';
import { rolloutModel, type BundleLike as RolloutBundle } from '@/lib/fleet/rollout';
import { readOne } from '@/lib/http/read';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: ObjectCtx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  return asPerson(req, async (person) => {
    const { ws, name } = await objectParams(ctx, 'Bundle');
    const b = await readOne(person, 'bundles', ws, name);
    const body: BundleDetail = {
      row: toBundleRow(b),
      resourceVersion: b.metadata.resourceVersion,
      conditions: conditionRows(b.status?.conditions),
      options: bundleOptions(b),
      created: b.metadata.creationTimestamp,
      rollout: rolloutModel(b as unknown as RolloutBundle),
    };
    return json(body);
  });
}
