import { GitReposView } from '@/components/gitrepo/gitrepos-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Git Repos' };

export default workspacePage(GitReposView);
