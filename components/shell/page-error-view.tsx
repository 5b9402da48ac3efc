'use client';
// A page of a workspace failed while rendering (an unexpected error). The workspace's navigation stays; the person
// can try again or go on elsewhere. The server keeps the details in its log; the digest lets an administrator find them.
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { pageUrl } from '@/lib/http/urls';
import { PageHeader } from '@/components/ui/page-header';

export function PageErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { workspace } = useParams<{ workspace: string }>();
  return (
    <section aria-labelledby="page-title" className="space-y-4" data-testid="page-error">
      <PageHeader title="This page could not be shown" />
      <div role="alert" className="rounded-lg border border-danger/40 bg-danger/10 p-4 text-sm">
        <p>Something went wrong while showing this page. Nothing was changed.</p>
        {error.digest && <p className="mt-1 text-muted">Reference for the server log: <code className="font-mono">{error.digest}</code></p>}
        <div className="mt-3 flex gap-3">
          <button type="button" onClick={reset} className="text-accent underline">
            Try again
          </button>
          <Link href={pageUrl.workspace(workspace)} className="text-accent underline">
            Go to the overview
          </Link>
        </div>
      </div>
    </section>
  );
}
