// 403 for pages: the person is signed in but may see nothing of the workspace the URL names (see
// lib/http/workspace-access.ts). Says who they are and which workspace, and where to go instead.
import Link from 'next/link';
import { headers } from 'next/headers';
import { currentPerson } from '@/lib/auth/current';
import { displayName } from '@/lib/k8s/identity';
import { forbiddenWorkspace } from '@/lib/http/forbidden-workspace';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'No access' };

export default async function Forbidden() {
  const [person, h] = await Promise.all([currentPerson(), headers()]);
  const ws = forbiddenWorkspace(h.get('x-fleetdash-path') ?? '');
  const who = person ? displayName(person.identity) : 'You';
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-12">
      <div className="rounded-lg border border-border bg-surface p-6 shadow-sm" data-testid="forbidden">
        <h1 className="text-xl font-semibold">{`No access${ws ? ` to workspace ${ws}` : ''}`}</h1>
        <p className="mt-2 text-sm">
          {`${person ? `You (${who})` : 'You'} are not allowed to see ${ws ? `workspace ${ws}` : 'this workspace'}: your Kubernetes RBAC grants no right to list its GitRepos, clusters, cluster groups or bundles. Ask a cluster administrator for access, or open a workspace you can see.`}
        </p>
        <p className="mt-4 flex gap-4 text-sm">
          <Link className="text-accent underline" href={pageUrl.workspaces('_all')}>
            Workspaces you can see
          </Link>
          <Link className="text-accent underline" href="/signin">
            Sign in as someone else
          </Link>
        </p>
      </div>
    </main>
  );
}
