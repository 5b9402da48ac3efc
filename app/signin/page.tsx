import { SignInForm } from './sign-in-form';
import { localModeContext } from '@/lib/auth/current';

export const metadata = { title: 'Sign in' };

function safeNext(next: string | string[] | undefined): string {
  const n = typeof next === 'string' ? next : '';
  // Only local paths: never send someone to another site after sign-in.
  return n.startsWith('/') && !n.startsWith('//') && !n.startsWith('/\\') ? n : '/';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const local = localModeContext();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <div className="mb-6 flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-accent text-accent-fg">
          F
        </span>
        Fleet <span className="font-normal text-muted">Continuous Delivery</span>
      </div>
      <div className="rounded-lg border border-border bg-surface p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-muted">
          Paste a Kubernetes bearer token for the management cluster. The dashboard acts as you, so you see and change exactly what your RBAC allows.
        </p>
        <SignInForm next={safeNext(sp.next)} />
        {local && (
          <p className="mt-4 text-sm text-muted">
            Or <a className="text-accent underline" href={safeNext(sp.next)}>continue as {local} (kubeconfig)</a>, this server&apos;s local user.
          </p>
        )}
      </div>
      <p className="mt-4 text-xs text-muted">
        The token is kept only in an encrypted, httpOnly cookie for this browser session. Get one with e.g.{' '}
        <code className="font-mono">kubectl create token &lt;serviceaccount&gt;</code>.
      </p>
    </main>
  );
}
