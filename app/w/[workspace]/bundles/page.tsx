import { ComingSoon } from '@/components/coming-soon';

export const metadata = { title: 'Bundles' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <ComingSoon title="Bundles" workspace={workspace} what="Bundles and their deployments per cluster" />;
}
