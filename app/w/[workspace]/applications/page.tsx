import { ApplicationsView } from '@/components/application/applications-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Applications' };

export default workspacePage(ApplicationsView);
