import { ComingSoon } from '@/components/coming-soon';

export const metadata = { title: 'Workspaces' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <ComingSoon title="Workspaces" workspace={workspace} what="Workspaces with counts of GitRepos, clusters and cluster groups" />;
}
