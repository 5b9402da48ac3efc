// Overview of a workspace (or `_all`): counts per state, agent health, worst offenders, recent changes.
// ?part=gitrepos|clusters|bundles|bundledeployments computes one kind's share, so the page can key each part by that
// kind's counts query and live updates refetch only the part whose kind changed.
import type { CacheKind } from '@/lib/cache';
import { asPerson, jsonError, queryProblem } from '@/lib/http/route';
import { OVERVIEW_PARTS, type OverviewPart } from '@/lib/fleet/rows/overview-schema';
import { scoped } from '@/lib/http/scope';
import { fleetSettings } from '@/lib/k8s/fleet-settings';
import { computeOverview } from './_lib/compute';
import { clockBucket, heavyJson, heavySlot, jsonText } from '@/lib/http/heavy';

export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const badQuery = queryProblem(req, ['part']);
  if (badQuery) return badQuery;
  const { workspace } = await ctx.params;
  const part = new URL(req.url).searchParams.get('part');
  if (part !== null && !(OVERVIEW_PARTS as readonly string[]).includes(part)) return jsonError(400, `part must be one of: ${OVERVIEW_PARTS.join(', ')}`);
  const kinds: CacheKind[] = part ? [part as OverviewPart] : [...OVERVIEW_PARTS];
  return asPerson(req, (person) =>
    heavySlot(person.identity, async () => {
      const s = await scoped(person, workspace, kinds);
      const { agentStaleAfterMs } = await fleetSettings();
      // Agent contact ("stale", "never seen") changes with the clock alone: part of the key, in 10 s steps.
      const text = await heavyJson({ route: `overview/${workspace}`, scope: s, query: kinds.join(','), extra: `${clockBucket()}/${agentStaleAfterMs}` }, () =>
        computeOverview({ ...Object.fromEntries(kinds.map((k) => [k, s.entries(k)])), forbidden: s.forbidden, parts: kinds as OverviewPart[] }, Date.now(), agentStaleAfterMs),
      );
      return jsonText(text);
    }),
  );
}
