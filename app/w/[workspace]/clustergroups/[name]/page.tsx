import { GroupDetailView } from '@/components/clustergroup/group-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(GroupDetailView, 'Cluster group');
export const generateMetadata = page.generateMetadata;
export default page.Page;
