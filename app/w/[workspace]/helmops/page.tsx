import { HelmOpsView } from '@/components/helmop/helmops-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'HelmOps' };

export default workspacePage(HelmOpsView);
