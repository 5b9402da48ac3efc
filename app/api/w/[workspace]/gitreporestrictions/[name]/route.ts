// PUT a GitRepoRestriction's service accounts, repo patterns and target namespaces (creates it when
// no resourceVersion is given; otherwise a merge patch guarded by it). DELETE removes it.
import { z } from 'zod';
import { goRegexError } from '@/lib/fleet/forms/spec-validators';
import { validateDns1123Label, validateDns1123Subdomain } from '@/lib/fleet/names';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import type { FieldError } from '@/lib/http/field-errors';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json } from '@/lib/http/route';
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

const clean = (xs: string[]) => xs.filter(Boolean);

/** What the API server does not check but Fleet needs: DNS names and Go regular expressions. */
function problems(f: z.output<typeof BodySchema>): FieldError[] {
  const fe: FieldError[] = [];
  if (f.defaultServiceAccount) for (const m of validateDns1123Subdomain(f.defaultServiceAccount, 'Service account')) fe.push({ field: 'defaultServiceAccount', message: m });
  clean(f.allowedServiceAccounts).forEach((s, i) => validateDns1123Subdomain(s, `Service account '${s}'`).forEach((message) => fe.push({ field: `allowedServiceAccounts.${i}`, message })));
  clean(f.allowedRepoPatterns).forEach((s, i) => {
    const e = goRegexError(s);
    if (e) fe.push({ field: `allowedRepoPatterns.${i}`, message: `Pattern '${s}': ${e}` });
  });
  clean(f.allowedTargetNamespaces).forEach((s, i) => validateDns1123Label(s, `Namespace '${s}'`).forEach((message) => fe.push({ field: `allowedTargetNamespaces.${i}`, message })));
  return fe;
}

export async function PUT(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'GitRepo restriction');
    const f = await readBody(req, BodySchema, problems);
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
      return json({ name: t.name, created: true }, { status: 201 });
    }
    await k8s.mergePatch('gitreporestrictions', t.ws, t.name, { metadata: { resourceVersion: f.resourceVersion }, ...fields });
    return json({ name: t.name });
  });
}

export async function DELETE(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const t = await objectParams(ctx, 'GitRepo restriction');
    await deleteAsLoaded(forIdentity(identity), 'gitreporestrictions', t.ws, t.name, loadedFromQuery(req), 'GitRepo restriction');
    return json({ name: t.name, deleted: true });
  });
}
