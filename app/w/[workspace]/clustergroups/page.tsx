import { Suspense } from 'react';
import { GroupsView } from '@/components/clustergroup/groups-view';

export const metadata = { title: 'Cluster Groups' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <GroupsView workspace={workspace} />
    </Suspense>
  );
}
