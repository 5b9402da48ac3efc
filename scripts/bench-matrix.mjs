// Render-path bench of the cluster × bundle matrix at 10,000 clusters: serves the page from a running dashboard
// (BASE_URL, default http://127.0.0.1:3204) and answers its matrix request with a synthetic 10,000 × BUNDLES answer,
// then reads the grid's data-render-ms (data received → first painted frame) and times scrolling to the end.
// Usage: node scripts/bench-matrix.mjs [clusters=10000] [bundles=40]  (Node 24: scripts/node.sh not needed, plain ESM)
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3204';
const clusters = Number(process.argv[2] ?? 10_000);
const bundles = Number(process.argv[3] ?? 40);
const codes = 'RRRRRRRRNWMOE.';
const body = {
  bundles: Array.from({ length: bundles }, (_, j) => ({ name: `bench-bundle-${String(j).padStart(3, '0')}`, state: 'Ready' })),
  clusters: Array.from({ length: clusters }, (_, i) => ({
    name: `bench-cluster-${String(i).padStart(5, '0')}`,
    cells: Array.from({ length: bundles }, (_, j) => codes[(i * 7 + j * 13) % codes.length]).join(''),
  })),
  bundlesTotal: bundles,
  total: clusters,
  totalClusters: clusters,
  page: 1,
  pageSize: clusters,
};
const json = JSON.stringify(body);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.route('**/api/w/*/matrix**', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: json }));
const runs = [];
for (let run = 0; run < 4; run++) {
  await page.goto(`${base}/w/fleet-default/matrix?pageSize=${clusters}`);
  const grid = page.getByTestId('matrix-grid');
  await grid.waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="matrix-grid"]')?.getAttribute('data-render-ms'), null, { timeout: 60_000 });
  const renderMs = Number(await grid.getAttribute('data-render-ms'));
  const rendered = Number(await grid.getAttribute('data-rendered-rows'));
  const domCells = await page.locator('[data-testid="matrix-grid"] a[data-state]').count();
  // Scroll through the whole grid in 40 steps, one frame each; the slowest frame is what a person would feel.
  const frames = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid="matrix-grid"]');
    const times = [];
    for (let s = 1; s <= 40; s++) {
      const t0 = performance.now();
      el.scrollTop = (el.scrollHeight * s) / 40;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t0);
    }
    return times;
  });
  const lastRow = await page.locator('[data-testid="matrix-row"]').last().getAttribute('data-cluster');
  runs.push({ renderMs, renderedRows: rendered, domCells, maxScrollFrameMs: Math.round(Math.max(...frames)), medianScrollFrameMs: Math.round(frames.sort((a, b) => a - b)[20]), lastRow });
}
console.log(JSON.stringify({ clusters, bundles, payloadKB: Math.round(json.length / 1024), runs }, null, 1));
await browser.close();
