'use client';
// Ends the session cookie (if any), forgets every cached answer, and goes to `then`: sign-out, and the explicit
// "continue as the local user" after a dead session, are the same step.
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
    try {
      await apiFetch(apiUrl.session(), { method: 'DELETE' });
    } finally {
      qc.clear();
      router.push(then);
      router.refresh();
    }
  };
  return { busy, signOut };
}
