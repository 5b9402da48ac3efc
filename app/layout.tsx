import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { apiPath } from '@/lib/http/api-path';
import { THEME_SCRIPT } from '@/lib/ui/theme';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Fleet Continuous Delivery', template: '%s · Fleet' },
  description: 'Workspaces, GitRepos, clusters and bundles of Rancher Fleet.',
  // Metadata URLs do not get the base path by themselves.
  icons: { icon: [{ url: apiPath('/icon.svg'), type: 'image/svg+xml' }], apple: apiPath('/icon.svg') },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so each carries the nonce of its Content-Security-Policy (see proxy.ts);
  // a page prerendered at build time would have inline scripts without it.
  await connection();
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    // The theme script sets <html>'s class and data-theme before React hydrates; React must not undo them.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-bg font-sans text-fg antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
