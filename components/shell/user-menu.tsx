'use client';
// Who the dashboard acts as, and the way out (sign out of a session, or sign in as someone else
// when running in local kubeconfig mode).
import Link from 'next/link';
import { useSignOut } from './use-sign-out';

export function UserMenu({ display, mode }: { display: string; mode: 'session' | 'local' | 'proxy' }) {
  const { busy, signOut } = useSignOut();
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="max-w-[16rem] truncate" title={`Signed in as ${display}`} data-testid="current-user">
        <span className="sr-only">Signed in as </span>
        <span aria-hidden="true" className="mr-1 text-muted">
          ●
        </span>
        {display}
      </span>
      {mode === 'session' ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void signOut('/signin')}
          className="rounded-md border border-border px-2 py-1 hover:bg-surface-2 disabled:opacity-60"
        >
          Sign out
        </button>
      ) : mode === 'proxy' ? (
        // Signed in at the auth proxy in front: signing out happens there.
        <span className="text-xs text-muted" data-testid="signed-in-by-proxy">
          via your sign-in proxy
        </span>
      ) : (
        <Link href="/signin" className="rounded-md border border-border px-2 py-1 hover:bg-surface-2">
          Sign in with a token
        </Link>
      )}
    </div>
  );
}
