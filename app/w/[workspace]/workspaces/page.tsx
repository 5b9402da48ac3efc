import { WorkspacesView } from '@/components/workspace/workspaces-view';

export const metadata = { title: 'Workspaces' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <WorkspacesView workspace={workspace} />;
}
