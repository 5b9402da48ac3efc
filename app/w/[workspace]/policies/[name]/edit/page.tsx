import { PolicyEditView } from '@/components/policy/policy-edit';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(PolicyEditView, 'Edit Policy');
export const generateMetadata = page.generateMetadata;
export default page.Page;
