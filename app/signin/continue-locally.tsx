'use client';
// Local mode's way in without a token. It first forgets any session cookie (sign-out), because a dead session
// cookie is never taken as "no session": the person chooses to become the local user here, explicitly.
import { useSignOut } from '@/components/shell/use-sign-out';

export function ContinueLocally({ next, context }: { next: string; context: string }) {
  const { busy, signOut } = useSignOut();
  return (
    <p className="mt-4 text-sm text-muted">
      Or{' '}
      <button
        type="button"
        data-testid="continue-locally"
        disabled={busy}
        className="text-accent underline disabled:opacity-60"
        onClick={() => void signOut(next)}
      >
        continue as {context} (kubeconfig)
      </button>
      , this server&apos;s local user.
    </p>
  );
}
