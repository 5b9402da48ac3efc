'use client';
// Cluster × bundle grid, virtualised on both axes: only the rows and columns in view (plus a margin) are in the DOM,
// so 10,000 clusters × hundreds of bundles scroll like 30 × 60. Row and column headers stay in place (sticky).
// Each cell is a link to the bundle's deployment on that cluster; colour + letter + title give its state.
// Cells are plain anchors with one delegated click handler: a next/link per cell would cost a prefetch observer each.
import { useRouter } from 'next/navigation';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { NO_DEPLOYMENT, stateOfCode, type Matrix } from '@/lib/fleet/rows/bundle-matrix-row';
import { stateLabel } from '@/components/state-badge';
import { apiPath, BASE_PATH } from '@/lib/http/api-path';
import { STATE_FILL } from '@/components/charts/state-colours';
import { pageUrl } from '@/lib/http/urls';

const ROW_H = 24;
const COL_W = 26;
/** Cluster-name column: narrower on a phone, so bundle columns stay in view (names truncate, with a title). */
const NAME_W = 240;
const NAME_W_NARROW = 120;
const HEAD_H = 150;
const OVERSCAN = 6;

/**
 * receivedAt: performance.now() when the data arrived (after fetch and parse); the grid reports, as data-render-ms,
 * the time from then to the first frame painted after React committed it: the cost of the render path.
 */
export function MatrixGrid({ workspace, data, receivedAt, height = 560 }: { workspace: string; data: Matrix; receivedAt?: number; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [view, setView] = useState({ top: 0, left: 0, w: 1200, h: height });
  const [renderMs, setRenderMs] = useState<number | undefined>();
  const rows = data.clusters;
  const cols = data.bundles;

  useLayoutEffect(() => {
    if (receivedAt === undefined) return;
    const id = requestAnimationFrame(() => setRenderMs(Math.round((performance.now() - receivedAt) * 10) / 10));
    return () => cancelAnimationFrame(id);
  }, [receivedAt]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, left: el.scrollLeft, w: el.clientWidth, h: el.clientHeight });
    measure();
    let raf = 0;
    const onScroll = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
      cancelAnimationFrame(raf);
    };
  }, []);

  const nameW = view.w < 480 ? NAME_W_NARROW : NAME_W;
  const firstRow = Math.max(0, Math.floor((view.top - HEAD_H) / ROW_H) - OVERSCAN);
  const lastRow = Math.min(rows.length, Math.ceil((view.top + view.h) / ROW_H) + OVERSCAN);
  const firstCol = Math.max(0, Math.floor((view.left - nameW) / COL_W) - OVERSCAN);
  const lastCol = Math.min(cols.length, Math.ceil((view.left + view.w) / COL_W) + OVERSCAN);
  const width = nameW + cols.length * COL_W;
  const total = HEAD_H + rows.length * ROW_H;
  const visibleCols = cols.slice(firstCol, lastCol);
  const bundleHref = (b: string, cluster?: string) =>
    apiPath(pageUrl.bundle(workspace, b, { q: cluster }));

  return (
    <div
      ref={ref}
      className="relative overflow-auto rounded-lg border border-border bg-surface"
      style={{ height }}
      data-testid="matrix-grid"
      data-rows={rows.length}
      data-cols={cols.length}
      data-rendered-rows={lastRow - firstRow}
      data-render-ms={renderMs}
      role="region"
      aria-label={`Deployment state of ${cols.length} bundles on ${rows.length} clusters`}
      tabIndex={0}
      // Thousands of cells: plain <a> elements (next/link per cell costs a prefetch observer each) and one delegated
      // handler that turns a plain click into a client-side navigation.
      onClick={(e) => {
        const a = (e.target as HTMLElement).closest('a');
        if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        // The href carries the base path (plain <a>); the router adds it itself.
        const href = a.getAttribute('href') ?? '/';
        router.push(BASE_PATH && href.startsWith(`${BASE_PATH}/`) ? href.slice(BASE_PATH.length) : href);
      }}
    >
      <div style={{ width, height: total, position: 'relative' }}>
        {/* Column headers: bundle names, rotated, sticky to the top. */}
        <div className="sticky top-0 z-20 bg-surface" style={{ height: HEAD_H, width }}>
          <div className="sticky left-0 z-30 flex h-full items-end bg-surface px-2 pb-1 text-xs text-muted" style={{ width: nameW }}>
            Cluster ↓ · Bundle →
          </div>
          {visibleCols.map((b, j) => {
            const i = firstCol + j;
            return (
              <a
                key={b.name}
                href={bundleHref(b.name)}
                title={`${b.name}: ${stateLabel(b.state)}`}
                className="absolute bottom-1 origin-bottom-left whitespace-nowrap text-[11px] text-fg/80 hover:text-accent hover:underline"
                style={{ left: nameW + i * COL_W + COL_W / 2, transform: 'rotate(-55deg)', maxWidth: HEAD_H * 1.2, overflow: 'hidden', textOverflow: 'ellipsis' }}
                data-testid="matrix-col"
              >
                {b.name}
              </a>
            );
          })}
        </div>
        {rows.slice(firstRow, lastRow).map((r, k) => {
          const i = firstRow + k;
          const style: CSSProperties = { position: 'absolute', top: HEAD_H + i * ROW_H, height: ROW_H, width };
          return (
            <div key={r.name} style={style} className="flex items-center border-b border-border/40" data-testid="matrix-row" data-cluster={r.name}>
              <div className="sticky left-0 z-10 flex h-full items-center truncate bg-surface px-2 font-mono text-xs" style={{ width: nameW, minWidth: nameW }} title={r.name}>
                <a href={apiPath(pageUrl.cluster(workspace, r.name))} className="truncate hover:underline">
                  {r.name}
                </a>
              </div>
              <div style={{ position: 'absolute', left: nameW + firstCol * COL_W, top: 0, height: ROW_H, display: 'flex' }}>
                {visibleCols.map((b, j) => {
                  const code = r.cells[firstCol + j] ?? NO_DEPLOYMENT;
                  const st = stateOfCode(code);
                  if (!st)
                    return <span key={b.name} style={{ width: COL_W, height: ROW_H }} aria-hidden="true" className="inline-block" />;
                  return (
                    <a
                      key={b.name}
                      href={bundleHref(b.name, r.name)}
                      title={`${b.name} on ${r.name}: ${stateLabel(st)}`}
                      aria-label={`${b.name} on ${r.name}: ${stateLabel(st)}`}
                      style={{ width: COL_W - 4, height: ROW_H - 6, margin: '3px 2px' }}
                      className={`inline-flex items-center justify-center rounded-sm text-[10px] font-bold text-white/90 ${STATE_FILL[st]}`}
                      data-state={st}
                    >
                      {st === 'Ready' ? '' : code}
                    </a>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
