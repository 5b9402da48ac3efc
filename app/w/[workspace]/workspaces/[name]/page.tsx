import { forbidden, notFound } from 'next/navigation';
import { WorkspaceDetailView } from '@/components/workspace/workspace-detail';
import { currentPerson } from '@/lib/auth/current';
import { NAMESPACE_RE } from '@/lib/http/route';
import { workspaceAccess } from '@/lib/http/workspace-access';

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return { title: `Workspace ${decodeURIComponent(name)}` };
}

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeURIComponent((await params).name);
  if (name.length > 63 || !NAMESPACE_RE.test(name)) notFound();
  // The layout has checked the person (and the workspace of the URL); this page is about another one.
  const person = await currentPerson();
  const access = person ? await workspaceAccess(person, name) : 'forbidden';
  if (access === 'missing') notFound();
  if (access === 'forbidden') forbidden();
  return <WorkspaceDetailView name={name} />;
}
