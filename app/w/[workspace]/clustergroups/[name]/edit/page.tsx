import { GroupEditView } from '@/components/clustergroup/group-edit';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Edit cluster group ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ workspace: string; name: string }> }) {
  const { workspace, name } = await params;
  return <GroupEditView workspace={workspace} name={decodeURIComponent(name)} />;
}
