import Link from 'next/link';
import { GroupForm } from '@/components/clustergroup/group-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create cluster group' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return (
      <p className="text-sm">
        A cluster group lives in one workspace. <Link href={pageUrl.clustergroupNew('fleet-default')} className="text-accent underline">Create one in fleet-default</Link> or pick a workspace above.
      </p>
    );
  }
  return <GroupForm workspace={workspace} />;
}
