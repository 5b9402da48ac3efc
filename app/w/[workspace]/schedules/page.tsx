import { SchedulesView } from '@/components/schedule/schedules-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Schedules' };

export default workspacePage(SchedulesView);
