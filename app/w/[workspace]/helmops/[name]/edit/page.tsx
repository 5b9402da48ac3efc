import { EditHelmOp } from '@/components/helmop/helmop-form-pages';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(EditHelmOp, 'Edit HelmOp');
export const generateMetadata = page.generateMetadata;
export default page.Page;
