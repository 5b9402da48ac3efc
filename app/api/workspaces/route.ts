import { NextResponse } from 'next/server';
import { asPerson } from '@/lib/http/route';
import { workspacesFor } from '@/lib/k8s/workspaces';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  return asPerson(req, async ({ identity }) =>
    NextResponse.json({ items: await workspacesFor(identity) }, { headers: { 'cache-control': 'no-store' } }),
  );
}
