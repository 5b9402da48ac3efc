import { PoliciesView } from '@/components/policy/policies-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Policies' };

export default workspacePage(PoliciesView);
