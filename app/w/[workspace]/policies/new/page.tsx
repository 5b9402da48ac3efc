import { OneWorkspaceNote } from '@/components/workspace/one-workspace-note';
import { PolicyForm } from '@/components/policy/policy-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create Policy' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return <OneWorkspaceNote what="A Policy" href={pageUrl.policyNew('fleet-default')} />;
  }
  return <PolicyForm workspace={workspace} />;
}
