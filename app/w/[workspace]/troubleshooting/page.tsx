import { TroubleshootingView } from '@/components/troubleshooting/troubleshooting-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Troubleshooting' };

export default workspacePage(TroubleshootingView);
