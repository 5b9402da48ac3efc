import { SignInForm } from './sign-in-form';
import { ContinueLocally } from './continue-locally';
import { localModeContext } from '@/lib/auth/current';
import { safeNext } from '@/lib/http/safe-next';
import { cookies } from 'next/headers';
import { oidcConfig } from '@/lib/auth/oidc-config';
import { SIGNIN_ERROR_COOKIE } from '@/lib/auth/oidc';
import { apiPath } from '@/lib/http/api-path';
import { apiUrl } from '@/lib/http/urls';

/** The provider's name for the button, or undefined when OpenID Connect is off (or misconfigured: said at start). */
function oidcProvider(): string | undefined {
  try {
    return oidcConfig()?.providerName;
  } catch {
    return undefined;
  }
}

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const local = localModeContext();
  const next = safeNext(sp.next);
  const provider = oidcProvider();
  const error = (await cookies()).get(SIGNIN_ERROR_COOKIE)?.value;
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
        {sp.expired === '1' && (
          <p role="status" data-testid="session-ended" className="mt-3 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
            Your session has ended (it expired, or the server can no longer read it). Sign in again to continue as yourself.
          </p>
        )}
        {error && (
          <p role="alert" data-testid="signin-failed" className="mt-3 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
            {error}
          </p>
        )}
        {provider && (
          <>
            <a
              href={apiPath(apiUrl.oidcStart(next))}
              data-testid="oidc-signin"
              className="mt-5 block w-full rounded-md bg-accent px-4 py-2 text-center text-sm font-semibold text-accent-fg hover:opacity-90"
            >
              Sign in with {provider}
            </a>
            <p className="mt-4 text-center text-xs text-muted">or</p>
          </>
        )}
        <p className="mt-1 text-sm text-muted">
          Paste a Kubernetes bearer token for the management cluster. The dashboard acts as you, so you see and change exactly what your RBAC allows.
        </p>
        <SignInForm next={next} />
        {local && <ContinueLocally next={next} context={local} />}
      </div>
      <p className="mt-4 text-xs text-muted">
        The token is kept only in an encrypted, httpOnly cookie for this browser session. Get one with e.g.{' '}
        <code className="font-mono">kubectl create token &lt;serviceaccount&gt;</code>.
      </p>
    </main>
  );
}
