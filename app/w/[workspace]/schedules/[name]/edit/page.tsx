import { ScheduleEditView } from '@/components/schedule/schedule-edit';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(ScheduleEditView, 'Edit Schedule');
export const generateMetadata = page.generateMetadata;
export default page.Page;
