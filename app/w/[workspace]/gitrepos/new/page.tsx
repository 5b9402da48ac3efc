import { NewGitRepo } from '@/components/gitrepo/gitrepo-form-pages';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Create GitRepo' };

export default workspacePage(NewGitRepo);
