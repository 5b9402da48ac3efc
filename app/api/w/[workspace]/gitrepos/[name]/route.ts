// One GitRepo. GET: the object (no managedFields) with its Bundles and per-cluster state from the
// watch cache. PUT { form, resourceVersion, generation? }: edit, 409 when its settings changed since
// they were loaded (status-only writes by Fleet are not a conflict; see writeResourceVersion).
// DELETE: delete (Fleet removes deployed resources unless spec.keepResources).
import { NextResponse } from 'next/server';
import { GitRepoSchema } from '@/lib/fleet/kinds/gitrepo';
import type { GitRepoDetail } from '@/lib/fleet/rows/gitrepo-detail';
import { forIdentity, isValidName } from '@/lib/k8s/client';
import { ALL_WORKSPACES, asPerson, errorResponse, isWorkspaceParam, jsonError, queryProblem } from '@/lib/http/route';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';
import { readJson } from '../_lib/post';
import { relatedOf } from '../_lib/related';
import { parseForm, updateGitRepo, withoutManagedFields, writeError } from '../_lib/writes';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ workspace: string; name: string }> };

async function target(ctx: Ctx): Promise<{ ok: true; ns: string; name: string } | { ok: false; response: Response }> {
  const { workspace, name } = await ctx.params;
  if (!isWorkspaceParam(workspace) || workspace === ALL_WORKSPACES) {
    return { ok: false, response: jsonError(400, `"${workspace.slice(0, 80)}" is not a workspace a GitRepo can live in.`) };
  }
  if (!isValidName(name)) return { ok: false, response: jsonError(400, `"${name.slice(0, 80)}" is not a valid GitRepo name.`) };
  return { ok: true, ns: workspace, name };
}

const noStore = { 'cache-control': 'no-store' };

export async function GET(req: Request, ctx: Ctx) {
  const badQuery = queryProblem(req, []);
  if (badQuery) return badQuery;
  const t = await target(ctx);
  if (!t.ok) return t.response;
  return asPerson(req, async (person) => {
    const raw = await forIdentity(person.identity).get<Record<string, unknown>>('gitrepos', t.ns, t.name);
    const parsed = GitRepoSchema.safeParse(raw);
    if (!parsed.success) return jsonError(502, `GitRepo ${t.name} has a shape this dashboard does not understand.`);
    let related: Pick<GitRepoDetail, 'bundles' | 'clusters' | 'relatedError'>;
    try {
      related = await relatedOf(person, t.ns, t.name);
    } catch (err) {
      related = { bundles: [], clusters: [], relatedError: `Bundles and clusters could not be read: ${errorMessage(err)}` };
    }
    const body = { object: withoutManagedFields(raw as { metadata: Record<string, unknown> }), ...related };
    return NextResponse.json(body, { headers: noStore });
  });
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function PUT(req: Request, ctx: Ctx) {
  const t = await target(ctx);
  if (!t.ok) return t.response;
  return asPerson(req, async ({ identity }) => {
    const json = await readJson(req);
    if (!json.ok) return json.response;
    const rv = json.body.resourceVersion;
    if (typeof rv !== 'string' || rv === '') {
      return jsonError(400, 'resourceVersion is required: it is how a change made by someone else in the meantime is detected.');
    }
    const gen = json.body.generation;
    if (gen !== undefined && !(typeof gen === 'number' && Number.isInteger(gen) && gen >= 0)) {
      return jsonError(400, 'generation must be the whole number the form was loaded with.');
    }
    const form = parseForm(json.body.form);
    if (!form.ok) return form.response;
    if (form.value.name !== t.name) {
      return jsonError(422, 'A GitRepo cannot be renamed. Clone it under the new name, then delete this one.', [{ field: 'name', message: 'Names cannot change' }]);
    }
    try {
      const updated = await updateGitRepo(forIdentity(identity), t.ns, t.name, form.value, { resourceVersion: rv, generation: gen });
      return NextResponse.json({ object: withoutManagedFields(updated) }, { headers: noStore });
    } catch (err) {
      return writeError(err, t.name, t.ns);
    }
  });
}

export async function DELETE(req: Request, ctx: Ctx) {
  const t = await target(ctx);
  if (!t.ok) return t.response;
  return asPerson(req, async ({ identity }) => {
    try {
      await deleteAsLoaded(forIdentity(identity), 'gitrepos', t.ns, t.name, loadedFromQuery(req, true), 'GitRepo');
      return NextResponse.json({ message: 'Deleted' }, { headers: noStore });
    } catch (err) {
      return errorResponse(err);
    }
  });
}
