import { redirect } from 'next/navigation';
import { pageUrl } from '@/lib/http/urls';

// The overview lives at /w/<workspace> (the side nav's first entry); this path is kept for links.
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  redirect(pageUrl.workspace(workspace));
}
