import { WorkspacesView } from '@/components/workspace/workspaces-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Workspaces' };

export default workspacePage(WorkspacesView);
