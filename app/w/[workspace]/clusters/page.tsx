import { ClustersView } from '@/components/cluster/clusters-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Clusters' };

export default workspacePage(ClustersView);
