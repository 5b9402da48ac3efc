import { PolicyDetailView } from '@/components/policy/policy-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(PolicyDetailView, 'Policy');
export const generateMetadata = page.generateMetadata;
export default page.Page;
