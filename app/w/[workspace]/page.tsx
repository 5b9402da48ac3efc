import { OverviewView } from '@/components/overview/overview-view';

export const metadata = { title: 'Overview' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <OverviewView workspace={workspace} />;
}
