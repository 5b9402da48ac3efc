// GET ?repo=<chart repository URL>&chart=<name>[&version=<range>]: the chart's versions in the repository's index.yaml
// (newest first) and which one a version or range selects, as Fleet would resolve it. The URL comes from the person,
// so the server reads it only under lib/helm/index-fetch.ts's limits (http(s), public addresses unless configured,
// deadline, size cap, no credentials); each refusal is answered in words. Signed-in people only.
import { chartNameError, chartRepoUrlError } from '@/lib/fleet/forms/helm-source';
import { fetchChartVersions, IndexFetchError, type IndexFetchErrorCode } from '@/lib/helm/index-fetch';
import { resolveVersion, versionError } from '@/lib/helm/version';
import { workspaceParam, type WorkspaceCtx } from '@/lib/http/path';
import { asPerson, json, jsonError, queryProblem } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const STATUS: Record<IndexFetchErrorCode, number> = {
  disabled: 503,
  'bad-url': 400,
  'blocked-address': 422,
  dns: 502,
  timeout: 504,
  'too-large': 502,
  redirect: 502,
  'http-status': 502,
  network: 502,
  'bad-index': 502,
  'no-chart': 404,
};

export async function GET(req: Request, ctx: WorkspaceCtx) {
  const bad = queryProblem(req, ['repo', 'chart', 'version']);
  if (bad) return bad;
  return asPerson(req, async () => {
    await workspaceParam(ctx, 'to look up chart versions');
    const p = new URL(req.url).searchParams;
    const repo = p.get('repo') ?? '';
    const chart = p.get('chart') ?? '';
    const version = p.get('version') ?? '';
    const fieldErrors = [
      { field: 'source.repo', message: chartRepoUrlError(repo) },
      { field: 'source.chart', message: chartNameError(chart) },
      { field: 'source.version', message: versionError(version) },
    ].filter((f): f is { field: string; message: string } => !!f.message);
    if (fieldErrors.length) return jsonError(400, fieldErrors.map((f) => f.message).join('; '), fieldErrors);
    try {
      const r = await fetchChartVersions(repo, chart);
      return json({ ...r, selected: resolveVersion(version, r.versions.map((v) => v.version)) ?? null });
    } catch (err) {
      if (err instanceof IndexFetchError) return jsonError(STATUS[err.code], err.message);
      throw err;
    }
  });
}
