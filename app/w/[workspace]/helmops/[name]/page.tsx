import { HelmOpDetailView } from '@/components/helmop/helmop-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(HelmOpDetailView, 'HelmOp');
export const generateMetadata = page.generateMetadata;
export default page.Page;
