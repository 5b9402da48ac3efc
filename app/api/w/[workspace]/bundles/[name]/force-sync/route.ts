// Force sync: raise the Bundle's spec.forceSyncGeneration by one, as the person (their RBAC decides; 403 in words).
// The client sends the value it showed; if it changed meanwhile the answer is 409 rather than a silent double bump.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { forIdentity, isValidName, isValidNamespace } from '@/lib/k8s/client';
import { asPerson, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const BodySchema = z.object({ expected: z.number({ error: 'expected must be the forceSyncGeneration you saw' }).int().min(0) });

export async function POST(req: Request, ctx: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await ctx.params;
  if (!isValidNamespace(workspace)) return jsonError(400, `"${workspace.slice(0, 80)}" is not a workspace.`);
  if (!isValidName(name)) return jsonError(400, `"${name.slice(0, 80)}" is not a valid Bundle name.`);
  return asPerson(req, async ({ identity }) => {
    const parsed = BodySchema.safeParse(await req.json().catch(() => undefined));
    if (!parsed.success) return jsonError(400, parsed.error.issues.map((i) => i.message).join('; '));
    const k = forIdentity(identity);
    const b = await k.get<{ metadata: { resourceVersion?: string }; spec?: { forceSyncGeneration?: number } }>('bundles', workspace, name);
    const before = b.spec?.forceSyncGeneration ?? 0;
    if (before !== parsed.data.expected) {
      return jsonError(409, `Bundle ${name} changed meanwhile: forceSyncGeneration is now ${before}, not ${parsed.data.expected}. Reload and try again.`);
    }
    // resourceVersion in the patch makes the API server refuse it (409) if the bundle changed since the read.
    await k.mergePatch('bundles', workspace, name, { metadata: { resourceVersion: b.metadata.resourceVersion }, spec: { forceSyncGeneration: before + 1 } });
    return NextResponse.json({ before, after: before + 1 });
  });
}
