import { TroubleshootingView } from '@/components/troubleshooting/troubleshooting-view';

export const metadata = { title: 'Troubleshooting' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <TroubleshootingView workspace={workspace} />;
}
