import { EditGitRepo } from '@/components/gitrepo/gitrepo-form-pages';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(EditGitRepo, 'Edit GitRepo');
export const generateMetadata = page.generateMetadata;
export default page.Page;
