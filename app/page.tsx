// `/` opens the remembered workspace (cookie fleet_ws, set whenever a /w/<workspace>/ page is visited).
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { isWorkspaceParam } from '@/lib/http/route';
import { DEFAULT_WORKSPACE } from '@/lib/k8s/workspaces';
import { WORKSPACE_COOKIE } from '@/lib/http/workspace-cookie';
import { pageUrl } from '@/lib/http/urls';

export default async function Home() {
  const ws = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  redirect(pageUrl.gitrepos(ws && isWorkspaceParam(ws) ? ws : DEFAULT_WORKSPACE));
}
