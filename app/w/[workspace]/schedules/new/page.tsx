import { OneWorkspaceNote } from '@/components/workspace/one-workspace-note';
import { ScheduleForm } from '@/components/schedule/schedule-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create Schedule' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return <OneWorkspaceNote what="A Schedule" href={pageUrl.scheduleNew('fleet-default')} />;
  }
  return <ScheduleForm workspace={workspace} />;
}
