import { Suspense } from 'react';
import { NewGitRepo } from '@/components/gitrepo/gitrepo-form-pages';

export const metadata = { title: 'Create GitRepo' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <NewGitRepo workspace={workspace} />
    </Suspense>
  );
}
