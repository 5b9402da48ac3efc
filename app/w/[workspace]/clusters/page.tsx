import { ComingSoon } from '@/components/coming-soon';

export const metadata = { title: 'Clusters' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <ComingSoon title="Clusters" workspace={workspace} what="Fleet clusters, their labels, agents and bundle readiness" />;
}
