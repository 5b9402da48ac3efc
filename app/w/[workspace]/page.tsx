import { OverviewView } from '@/components/overview/overview-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Overview' };

export default workspacePage(OverviewView);
