// PUT a GitRepoRestriction's service accounts, repo patterns and target namespaces (creates it when
// no resourceVersion is given; otherwise a merge patch guarded by it). DELETE removes it.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { goRegexError } from '@/lib/fleet/forms/spec-validators';
import { validateDns1123Label, validateDns1123Subdomain } from '@/lib/fleet/names';
import { forIdentity } from '@/lib/k8s/client';
import { asPerson, jsonError } from '@/lib/http/route';
import { noStore } from '../../clusters/_shared';
import { clusterTarget, type ClusterCtx } from '../../clusters/[name]/_target';
import { deleteAsLoaded, loadedFromQuery } from '@/lib/http/delete';

export const dynamic = 'force-dynamic';

const list = z.array(z.string().trim()).max(200).default([]);
const BodySchema = z.object({
  resourceVersion: z.string().optional(),
  defaultServiceAccount: z.string().trim().default(''),
  allowedServiceAccounts: list,
  allowedRepoPatterns: list,
  allowedTargetNamespaces: list,
});

export async function PUT(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    const b = BodySchema.safeParse(await req.json().catch(() => undefined));
    if (!b.success) return jsonError(400, b.error.issues.map((i) => i.message).join('; '));
    const f = b.data;
    const fe: { field: string; message: string }[] = [];
    const clean = (xs: string[]) => xs.filter(Boolean);
    if (f.defaultServiceAccount) for (const m of validateDns1123Subdomain(f.defaultServiceAccount, 'Service account')) fe.push({ field: 'defaultServiceAccount', message: m });
    clean(f.allowedServiceAccounts).forEach((s, i) => validateDns1123Subdomain(s, `Service account '${s}'`).forEach((message) => fe.push({ field: `allowedServiceAccounts.${i}`, message })));
    clean(f.allowedRepoPatterns).forEach((s, i) => {
      const e = goRegexError(s);
      if (e) fe.push({ field: `allowedRepoPatterns.${i}`, message: `Pattern '${s}': ${e}` });
    });
    clean(f.allowedTargetNamespaces).forEach((s, i) => validateDns1123Label(s, `Namespace '${s}'`).forEach((message) => fe.push({ field: `allowedTargetNamespaces.${i}`, message })));
    if (fe.length) return jsonError(422, fe[0]!.message, fe);
    const fields = {
      defaultServiceAccount: f.defaultServiceAccount || null,
      allowedServiceAccounts: clean(f.allowedServiceAccounts),
      allowedRepoPatterns: clean(f.allowedRepoPatterns),
      allowedTargetNamespaces: clean(f.allowedTargetNamespaces),
    };
    const k8s = forIdentity(identity);
    if (!f.resourceVersion) {
      const { defaultServiceAccount, ...rest } = fields;
      await k8s.create('gitreporestrictions', t.ws, {
        apiVersion: 'fleet.cattle.io/v1alpha1',
        kind: 'GitRepoRestriction',
        metadata: { name: t.name, namespace: t.ws },
        ...(defaultServiceAccount ? { defaultServiceAccount } : {}),
        ...rest,
      });
      return NextResponse.json({ name: t.name, created: true }, { status: 201, headers: noStore.headers });
    }
    await k8s.mergePatch('gitreporestrictions', t.ws, t.name, { metadata: { resourceVersion: f.resourceVersion }, ...fields });
    return NextResponse.json({ name: t.name }, noStore);
  });
}

export async function DELETE(req: Request, ctx: ClusterCtx) {
  const t = await clusterTarget(ctx);
  if (!t.ok) return t.res;
  return asPerson(req, async ({ identity }) => {
    await deleteAsLoaded(forIdentity(identity), 'gitreporestrictions', t.ws, t.name, loadedFromQuery(req), 'GitRepo restriction');
    return NextResponse.json({ name: t.name, deleted: true }, noStore);
  });
}
