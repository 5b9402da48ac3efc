// Troubleshooting findings for a workspace (or `_all`): every detector in lib/fleet/troubleshooting over the cached
// objects the person may see, plus whether referenced Secrets exist — checked as the person (metadata or dry-run
// only; no Secret data is ever read or returned). ?kind=GitRepo|Bundle|Cluster&name=… narrows to one object (hints).
import { DETECTOR_KINDS, findingsFor, runDetectors, SECRET_FIELDS, type DetectorInput, type Finding } from '@/lib/fleet/troubleshooting';
import type { FindingOut, Troubleshooting } from '@/lib/fleet/troubleshooting/schema';
import { asPerson, jsonError, queryProblem } from '@/lib/http/route';
import { scoped } from '@/lib/http/scope';
import { fleetSettings } from '@/lib/k8s/fleet-settings';
import { checkSecrets } from '@/lib/k8s/secret-presence';
import { bucketStart, clockBucket, heavyJson, heavySlot, jsonOf, jsonText, RawJson } from '@/lib/http/heavy';
import { getCache } from '@/lib/cache';
import { liveFindings } from '@/lib/cache/findings';

export const dynamic = 'force-dynamic';

function withSecretForm(f: Finding): FindingOut {
  if (f.detector !== 'missing-secret') return f;
  const repo = f.objects.find((o) => o.kind === 'GitRepo');
  const secret = f.objects.find((o) => o.kind === 'Secret');
  const field = f.id.split(':').pop() ?? '';
  return repo && secret ? { ...f, secret: { gitrepo: repo.name, field, name: secret.name } } : f;
}

export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }) {
  const badQuery = queryProblem(req, ['kind', 'name']);
  if (badQuery) return badQuery;
  const { workspace } = await ctx.params;
  const params = new URL(req.url).searchParams;
  const kind = params.get('kind');
  const name = params.get('name');
  if (kind !== null && !['GitRepo', 'Bundle', 'Cluster', 'ClusterGroup'].includes(kind)) return jsonError(400, 'kind must be GitRepo, Bundle, Cluster or ClusterGroup.');
  if ((kind === null) !== (name === null)) return jsonError(400, 'kind and name go together.');
  if (kind !== null && workspace === '_all') return jsonError(400, 'Hints for one object need its workspace, not _all.');
  return asPerson(req, (person) => heavySlot(person.identity, async () => {
    const s = await scoped(person, workspace, DETECTOR_KINDS);
    // Only GitRepos are read here (their Secrets); the other kinds' entries only in the non-uniform fallback below.
    const objs = (k: (typeof DETECTOR_KINDS)[number]) => s.entries(k).map((e) => e.obj) as never[];
    const gitrepos = () => objs('gitrepos') as DetectorInput['gitrepos'][number][];
    // Secrets referenced by GitRepos (only the ones in question when hinting one object); not-Ready repos first.
    const repos = kind === 'GitRepo' ? gitrepos().filter((g) => g.metadata.name === name) : kind === null ? gitrepos() : [];
    const refs = new Map<string, { ns: string; name: string; bad: boolean }>();
    for (const g of repos) {
      const bad = (g.status?.conditions ?? []).some((c) => c.status === 'False' || (c.type === 'Stalled' && c.status === 'True'));
      for (const f of SECRET_FIELDS) {
        const n = g.spec?.[f];
        if (n) refs.set(`${g.metadata.namespace}/${n}`, { ns: g.metadata.namespace ?? '', name: n, bad: bad || refs.get(`${g.metadata.namespace}/${n}`)?.bad === true });
      }
    }
    const ordered = [...refs.values()].sort((a, b) => Number(b.bad) - Number(a.bad));
    const known = await checkSecrets(person, ordered);
    const results = [...known.values()];
    const secretsChecked: Troubleshooting['secretsChecked'] =
      ordered.length === 0 ? 'not-needed' : results.every((v) => v === undefined) ? 'none' : results.length === ordered.length && results.every((v) => v !== undefined) ? 'all' : 'some';
    // Detectors read the clock ("stopped reporting") and which Secrets exist as this person found them: both in the key.
    const secretsSeen = [...known].map(([k, v]) => `${k}=${v}`).sort().join(',');
    const { agentStaleAfterMs } = await fleetSettings();
    const key = { route: `troubleshooting/${workspace}`, scope: s, query: `${kind}/${name}`, extra: `${clockBucket()}|${agentStaleAfterMs}|${secretsSeen}` };
    // The same workspaces for every kind (the usual case): the incremental findings answer from their candidates;
    // otherwise (some kind forbidden or narrower) a full pass over what this person may see.
    const wsOf = (k: (typeof DETECTOR_KINDS)[number]) => {
      const w = s.workspaces[k];
      return w === 'all' ? '*' : [...(w ?? [])].sort().join(',');
    };
    const uniform = s.forbidden.length === 0 && DETECTOR_KINDS.every((k) => wsOf(k) === wsOf(DETECTOR_KINDS[0]));
    const text = await heavyJson(key, () => {
      const secretExists = (ns: string, n: string) => known.get(`${ns}/${n}`);
      // The bucket's start as the clock: the incremental findings then reuse a detector's answer within it.
      let findings = uniform ? liveFindings(getCache()).findings({ workspaces: s.workspaces[DETECTOR_KINDS[0]] ?? [], now: bucketStart(), staleAfterMs: agentStaleAfterMs, secretExists }) : runDetectors({
        now: Date.now(),
        staleAfterMs: agentStaleAfterMs,
        gitrepos: gitrepos(),
        bundles: objs('bundles'),
        bundledeployments: objs('bundledeployments'),
        clusters: objs('clusters'),
        clustergroups: objs('clustergroups'),
        secretExists,
      });
      if (kind !== null && name !== null) findings = findingsFor(findings, kind, workspace, name);
      // A Troubleshooting (schema.ts), joined from each finding's kept JSON: most are the detectors' memoised answers.
      const rest: Omit<Troubleshooting, 'findings'> = { secretsChecked, forbidden: s.forbidden, generatedAt: new Date().toISOString() };
      const items = findings.map((f) => (f.detector === 'missing-secret' ? JSON.stringify(withSecretForm(f)) : jsonOf(f)));
      return new RawJson(`{"findings":[${items.join(',')}],${JSON.stringify(rest).slice(1)}`);
    });
    return jsonText(text);
  }));
}
