import { ComingSoon } from '@/components/coming-soon';

export const metadata = { title: 'Overview' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <ComingSoon title="Overview" workspace={workspace} what="State counts of GitRepos, clusters and bundles" />;
}
