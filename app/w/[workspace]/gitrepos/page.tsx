import { Suspense } from 'react';
import { GitReposView } from './gitrepos-view';

export const metadata = { title: 'Git Repos' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <Suspense>
      <GitReposView workspace={workspace} />
    </Suspense>
  );
}
