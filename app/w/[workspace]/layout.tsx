// Shell for every workspace page: sign-in gate, workspace gate (404 when it does not exist, 403 when the person may
// see nothing in it), top bar, navigation. The workspace comes from the URL.
import type { ReactNode } from 'react';
import { forbidden, notFound, redirect } from 'next/navigation';
import { currentPerson } from '@/lib/auth/current';
import { isWorkspaceParam } from '@/lib/http/route';
import { workspaceAccess } from '@/lib/http/workspace-access';
import { displayName } from '@/lib/k8s/identity';
import { TopBar } from '@/components/shell/top-bar';
import { SideNav } from '@/components/shell/side-nav';
import { pageUrl } from '@/lib/http/urls';
import { WatchScope } from '@/components/notify/watch-scope';

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (!isWorkspaceParam(workspace)) notFound();
  const person = await currentPerson();
  if (!person) redirect(pageUrl.signin(pageUrl.gitrepos(workspace)));
  const access = await workspaceAccess(person, workspace);
  if (access === 'missing') notFound();
  if (access === 'forbidden') forbidden();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        Skip to content
      </a>
      <TopBar workspace={workspace} user={displayName(person.identity)} mode={person.session ? 'session' : person.identity.type === 'impersonate' ? 'proxy' : 'local'} />
      <div className="flex flex-1 flex-col md:flex-row">
        <div className="border-b border-border bg-surface md:border-b-0 md:border-r">
          <SideNav workspace={workspace} />
        </div>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
          <WatchScope context={displayName(person.identity)}>{children}</WatchScope>
        </main>
      </div>
    </div>
  );
}
