import { OneWorkspaceNote } from '@/components/workspace/one-workspace-note';
import { GroupForm } from '@/components/clustergroup/group-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create cluster group' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return <OneWorkspaceNote what="A cluster group" href={pageUrl.clustergroupNew('fleet-default')} />;
  }
  return <GroupForm workspace={workspace} />;
}
