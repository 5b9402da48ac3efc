import { ComingSoon } from '@/components/coming-soon';

export const metadata = { title: 'Cluster Groups' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <ComingSoon title="Cluster Groups" workspace={workspace} what="Cluster groups and the clusters their selectors match" />;
}
