import Link from 'next/link';
import { PolicyForm } from '@/components/policy/policy-form';
import { pageUrl } from '@/lib/http/urls';

export const metadata = { title: 'Create Policy' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  if (workspace === '_all') {
    return (
      <p className="text-sm">
        A Policy lives in one workspace. <Link href={pageUrl.policyNew('fleet-default')} className="text-accent underline">Create one in fleet-default</Link> or pick a workspace above.
      </p>
    );
  }
  return <PolicyForm workspace={workspace} />;
}
