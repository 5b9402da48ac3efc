import Link from 'next/link';
import { ScheduleForm } from '@/components/schedule/schedule-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create Schedule' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return (
      <p className="text-sm">
        A Schedule lives in one workspace. <Link href={pageUrl.scheduleNew('fleet-default')} className="text-accent underline">Create one in fleet-default</Link> or pick a workspace above.
      </p>
    );
  }
  return <ScheduleForm workspace={workspace} />;
}
