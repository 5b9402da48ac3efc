'use client';
// A page of a workspace about something that cannot exist (an object name no Kubernetes object can have, from a
// mistyped or mangled link). The workspace's navigation stays around it, so the way on is one click.
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyPanel } from '@/components/ui/panels';

export function NotFoundView() {
  const { workspace } = useParams<{ workspace: string }>();
  return (
    <section aria-labelledby="page-title" className="space-y-4" data-testid="not-found">
      <PageHeader title="Page not found" />
      <EmptyPanel title="Nothing can be shown at this address.">
        The link may be mistyped or from an older version.{' '}
        <Link href={pageUrl.workspace(workspace)} className="text-accent underline">
          Go to the overview
        </Link>
      </EmptyPanel>
    </section>
  );
}
