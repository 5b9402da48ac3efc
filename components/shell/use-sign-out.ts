'use client';
// Ends the session cookie (if any), forgets every cached answer, and goes to `then`: sign-out, and the explicit
// "continue as the local user" after a dead session, are the same step. An OpenID session goes to the provider's
// sign-out page instead (so the next "Sign in with …" asks who you are again).
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFetch } from '@/lib/http/api-fetch';
import { apiUrl } from '@/lib/http/urls';

export function useSignOut(): { busy: boolean; signOut: (then: string) => Promise<void> } {
  const router = useRouter();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const signOut = async (then: string) => {
    setBusy(true);
    let endSessionUrl: string | undefined;
    try {
      endSessionUrl = (await apiFetch<{ endSessionUrl?: string } | undefined>(apiUrl.session(), { method: 'DELETE' }))?.endSessionUrl;
    } finally {
      qc.clear();
      // An OpenID session also ends at the provider, which then sends the browser back to the sign-in page.
      if (endSessionUrl) window.location.assign(endSessionUrl);
      else {
        router.push(then);
        router.refresh();
      }
    }
  };
  return { busy, signOut };
}
