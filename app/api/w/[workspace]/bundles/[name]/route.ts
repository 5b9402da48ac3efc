// One Bundle: its row, conditions and notable options, from the cache (404 in words when absent or not allowed).
import { NextResponse } from 'next/server';
import { bundleOptions, conditionRows, toBundleRow, type BundleDetail } from '@/lib/fleet/rows/bundle-row';
import { readOne } from '@/lib/http/read';
import { asPerson, jsonError, queryProblem } from '@/lib/http/route';
import { isValidName, isValidNamespace } from '@/lib/k8s/client';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string; name: string }> }) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  const { workspace, name } = await ctx.params;
  if (!isValidNamespace(workspace)) return jsonError(400, 'A bundle lives in one workspace; pick one instead of all workspaces.');
  if (!isValidName(name)) return jsonError(400, `"${name.slice(0, 80)}" is not a valid bundle name.`);
  return asPerson(req, async (person) => {
    const b = await readOne(person, 'bundles', workspace, name);
    const body: BundleDetail = {
      row: toBundleRow(b),
      resourceVersion: b.metadata.resourceVersion,
      conditions: conditionRows(b.status?.conditions),
      options: bundleOptions(b),
      created: b.metadata.creationTimestamp,
    };
    return NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
  });
}
