'use client';
// Local mode's way in without a token. It first forgets any session cookie (sign-out), because a dead session
// cookie is never taken as "no session": the person chooses to become the local user here, explicitly.
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFetch } from '@/lib/http/api-fetch';

export function ContinueLocally({ next, context }: { next: string; context: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <p className="mt-4 text-sm text-muted">
      Or{' '}
      <button
        type="button"
        data-testid="continue-locally"
        disabled={busy}
        className="text-accent underline disabled:opacity-60"
        onClick={async () => {
          setBusy(true);
          try {
            await apiFetch('/api/session', { method: 'DELETE' });
          } finally {
            qc.clear();
            router.push(next);
            router.refresh();
          }
        }}
      >
        continue as {context} (kubeconfig)
      </button>
      , this server&apos;s local user.
    </p>
  );
}
