import { GroupDetailView } from '@/components/clustergroup/group-detail';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Cluster group ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return <GroupDetailView workspace={workspace} name={decodeURIComponent(name)} />;
}
