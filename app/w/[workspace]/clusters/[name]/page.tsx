import { ClusterDetailView } from '@/components/cluster/cluster-detail';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Cluster ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return <ClusterDetailView workspace={workspace} name={decodeURIComponent(name)} />;
}
