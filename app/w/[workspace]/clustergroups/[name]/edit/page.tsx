import { GroupEditView } from '@/components/clustergroup/group-edit';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(GroupEditView, 'Edit cluster group');
export const generateMetadata = page.generateMetadata;
export default page.Page;
