import { RegistrationView } from '@/components/workspace/registration-view';

export const metadata = { title: 'Register a cluster' };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return <RegistrationView workspace={workspace} />;
}
