import { ScheduleDetailView } from '@/components/schedule/schedule-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(ScheduleDetailView, 'Schedule');
export const generateMetadata = page.generateMetadata;
export default page.Page;
