import { WorkspaceDetailView } from '@/components/workspace/workspace-detail';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Workspace ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <WorkspaceDetailView name={decodeURIComponent(name)} />;
}
