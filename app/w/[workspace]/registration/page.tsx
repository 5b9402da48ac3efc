import { RegistrationView } from '@/components/workspace/registration-view';
import { workspacePage } from '@/components/shell/workspace-page';

export const metadata = { title: 'Register a cluster' };

export default workspacePage(RegistrationView);
