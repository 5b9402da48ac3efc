import { Suspense } from 'react';
import { ClustersView } from '@/components/cluster/clusters-view';

export const metadata = { title: 'Clusters' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <ClustersView workspace={workspace} />
    </Suspense>
  );
}
