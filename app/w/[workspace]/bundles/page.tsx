import { BundlesView } from '@/components/bundle/bundles-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Bundles' };

export default workspacePage(BundlesView);
