import { GroupsView } from '@/components/clustergroup/groups-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Cluster Groups' };

export default workspacePage(GroupsView);
