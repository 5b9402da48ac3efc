'use client';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFetch, ApiFetchError } from '@/lib/http/api-fetch';
import { apiUrl } from '@/lib/http/urls';

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="mt-5 space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await apiFetch(apiUrl.session(), { method: 'POST', body: JSON.stringify({ token }) });
          qc.clear();
          router.push(next);
          router.refresh();
        } catch (err) {
          setError(err instanceof ApiFetchError ? err.message : 'Sign-in failed. Try again.');
          setBusy(false);
        }
      }}
    >
      <div>
        <label htmlFor="token" className="block text-sm font-medium">
          Bearer token
        </label>
        <textarea
          id="token"
          name="token"
          required
          rows={4}
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'signin-error' : undefined}
          className="mt-1 w-full resize-y rounded-md border border-border bg-bg px-3 py-2 font-mono text-xs [-webkit-text-security:disc]"
        />
      </div>
      {error && (
        <p id="signin-error" role="alert" className="rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy || token.trim() === ''}
        className="w-full rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-fg hover:opacity-90 disabled:opacity-50"
      >
        {busy ? 'Checking token…' : 'Sign in'}
      </button>
    </form>
  );
}
