import { BundleDetailView } from '@/components/bundle/bundle-detail-view';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(BundleDetailView, 'Bundle');
export const generateMetadata = page.generateMetadata;
export default page.Page;
