import { GitRepoDetailView } from '@/components/gitrepo/gitrepo-detail';
import { objectPage } from '@/components/shell/workspace-page';

const page = objectPage(GitRepoDetailView, 'GitRepo');
export const generateMetadata = page.generateMetadata;
export default page.Page;
