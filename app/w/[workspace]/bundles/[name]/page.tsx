import { Suspense } from 'react';
import { BundleDetailView } from './bundle-detail-view';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Bundle ${name}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return (
    <Suspense>
      <BundleDetailView workspace={workspace} name={name} />
    </Suspense>
  );
}
