import { GitRepoDetailView } from '@/components/gitrepo/gitrepo-detail';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `GitRepo ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return <GitRepoDetailView workspace={workspace} name={decodeURIComponent(name)} />;
}
