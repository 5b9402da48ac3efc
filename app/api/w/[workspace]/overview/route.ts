// Overview of a workspace (or `_all`): counts per state, agent health, worst offenders, recent changes.
import { NextResponse } from 'next/server';
import { asPerson } from '@/lib/http/route';
import { scoped } from '../bundles/_lib/scope';
import { computeOverview } from './compute';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await ctx.params;
  return asPerson(req, async (person) => {
    const s = await scoped(person, workspace, ['gitrepos', 'clusters', 'bundles', 'bundledeployments']);
    const body = computeOverview({ ...s.entries, forbidden: s.forbidden }, Date.now());
    return NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
  });
}
