import { NewHelmOp } from '@/components/helmop/helmop-form-pages';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Create HelmOp' };

export default workspacePage(NewHelmOp);
