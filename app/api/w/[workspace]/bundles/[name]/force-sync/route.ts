// Force sync: raise the Bundle's spec.forceSyncGeneration by one, as the person (their RBAC decides; 403 in words).
// The client sends the value it showed; if it changed meanwhile the answer is 409 rather than a silent double bump.
import { z } from 'zod';
import { forIdentity } from '@/lib/k8s/client';
import { readBody } from '@/lib/http/body';
import { objectParams, type ObjectCtx } from '@/lib/http/path';
import { asPerson, json, jsonError } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const BodySchema = z.object({ expected: z.number({ error: 'expected must be the forceSyncGeneration you saw' }).int().min(0) });

export async function POST(req: Request, ctx: ObjectCtx) {
  return asPerson(req, async ({ identity }) => {
    const { ws: workspace, name } = await objectParams(ctx, 'Bundle');
    const { expected } = await readBody(req, BodySchema);
    const k = forIdentity(identity);
    const b = await k.get<{ metadata: { resourceVersion?: string }; spec?: { forceSyncGeneration?: number } }>('bundles', workspace, name);
    const before = b.spec?.forceSyncGeneration ?? 0;
    if (before !== expected) {
      return jsonError(409, `Bundle ${name} changed meanwhile: forceSyncGeneration is now ${before}, not ${expected}. Reload and try again.`);
    }
    // resourceVersion in the patch makes the API server refuse it (409) if the bundle changed since the read.
    await k.mergePatch('bundles', workspace, name, { metadata: { resourceVersion: b.metadata.resourceVersion }, spec: { forceSyncGeneration: before + 1 } });
    return json({ before, after: before + 1 });
  });
}
