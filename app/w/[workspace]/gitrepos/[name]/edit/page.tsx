import { Suspense } from 'react';
import { EditGitRepo } from '@/components/gitrepo/gitrepo-form-pages';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Edit GitRepo ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return (
    <Suspense>
      <EditGitRepo workspace={workspace} name={decodeURIComponent(name)} />
    </Suspense>
  );
}
