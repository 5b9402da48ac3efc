import { ClusterDetailView } from '@/components/cluster/cluster-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(ClusterDetailView, 'Cluster');
export const generateMetadata = page.generateMetadata;
export default page.Page;
