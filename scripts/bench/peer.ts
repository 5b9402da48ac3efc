// What a client-side dashboard does at the same size (Rancher's list pages, Headlamp's generic list, `kubectl get -A`):
// download every object of a kind from the API server and parse it, here in Chromium: a page on the API server's
// own origin (no CORS) fetches the collection like kubectl does (limit=500, following `continue`), JSON.parse()s each
// page and keeps the items, as a list view must. Answers bytes, wall time, and the page's JS heap afterwards.
import { chromium } from '@playwright/test';
import type { KubeTarget } from '../seed/client';

export interface PeerResult {
  items: number;
  pages: number;
  bytes: number;
  ms: number;
  /** Chromium's JS heap holding the parsed items (after a forced GC). */
  heapMB: number;
  /** Set when the list could not be completed (e.g. HTTP 410: the continue token expired before the last page). */
  error?: string;
}

export async function peerFullList(k: KubeTarget, collectionPath: string, limit = 500): Promise<PeerResult> {
  // The machine-wide Chromium, as the e2e suite uses it (playwright.config.ts).
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  try {
    const ctx = await browser.newContext({ ignoreHTTPSErrors: true, extraHTTPHeaders: k.headers.authorization ? { authorization: k.headers.authorization } : {} });
    const page = await ctx.newPage();
    await page.goto(`${k.server}/version`);
    return await page.evaluate(
      async ({ path, limit }) => {
        const kept: unknown[] = [];
        let bytes = 0;
        let pages = 0;
        let cont = '';
        const t0 = performance.now();
        do {
          const res = await fetch(`${path}?limit=${limit}${cont ? `&continue=${encodeURIComponent(cont)}` : ''}`, { headers: { accept: 'application/json' } });
          const buf = await res.arrayBuffer();
          // What a client-side list meets when its pages take longer than etcd's compaction: the list is lost.
          if (!res.ok) return { items: kept.length, pages, bytes, ms: performance.now() - t0, heapMB: 0, error: `HTTP ${res.status} after ${pages} pages` };
          bytes += buf.byteLength;
          const list = JSON.parse(new TextDecoder().decode(buf)) as { items: unknown[]; metadata?: { continue?: string } };
          for (const it of list.items) kept.push(it);
          pages++;
          cont = list.metadata?.continue ?? '';
        } while (cont);
        const ms = performance.now() - t0;
        (globalThis as unknown as { gc?: () => void }).gc?.();
        const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
        (globalThis as unknown as { kept: unknown[] }).kept = kept; // still held when the heap is read
        return { items: kept.length, pages, bytes, ms, heapMB: heap / 2 ** 20 };
      },
      { path: collectionPath, limit },
    );
  } finally {
    await browser.close();
  }
}
