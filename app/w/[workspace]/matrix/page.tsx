import { MatrixView } from '@/components/bundle/matrix-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Cluster × bundle matrix' };

export default workspacePage(MatrixView);
