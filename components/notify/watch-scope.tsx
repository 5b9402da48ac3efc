'use client';
// Whose watch list the pages inside use (the identity the dashboard acts as), and the notifier that serves it.
import type { ReactNode } from 'react';
import { WatchContext } from './use-watch-list';
import { WatchNotifier } from './watch-notifier';

export function WatchScope({ context, children }: { context: string; children: ReactNode }) {
  return (
    <WatchContext.Provider value={context}>
      <WatchNotifier />
      {children}
    </WatchContext.Provider>
  );
}
