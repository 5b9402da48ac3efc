import { Suspense } from 'react';
import { MatrixView } from './matrix-view';

export const metadata = { title: 'Cluster × bundle matrix' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <MatrixView workspace={workspace} />
    </Suspense>
  );
}
