'use client';
// react-query for the whole app, and the tab's one live-update stream (components/live/live-updates.tsx).
// Client errors (4xx) are answers, not glitches: no retries for them.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { z } from 'zod';
import { ApiFetchError } from '@/lib/http/api-fetch';
import { LiveUpdates } from '@/components/live/live-updates';

// zod compiles object parsers with `new Function` when it may; the Content-Security-Policy has no 'unsafe-eval', and
// even zod's guarded probe for it is reported as a violation. Interpreted parsing is plenty for API answers.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 5_000,
            refetchOnWindowFocus: true,
            retry: (count, err) => !(err instanceof ApiFetchError && err.status >= 400 && err.status < 500) && count < 2,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <LiveUpdates>{children}</LiveUpdates>
    </QueryClientProvider>
  );
}
