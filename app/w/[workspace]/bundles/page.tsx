import { Suspense } from 'react';
import { BundlesView } from './bundles-view';

export const metadata = { title: 'Bundles' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <BundlesView workspace={workspace} />
    </Suspense>
  );
}
