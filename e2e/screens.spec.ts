// Every page at a phone's width (390 px) and a desktop's (1,400 px), light and dark: the document must never scroll
// sideways (wide tables scroll inside their own container), object names wrap only between their parts, and a
// full-page screenshot of each lands in .cache/test-results/screens/ for a human look. One browser context per size
// and scheme, pages visited in a loop.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as F from '../scripts/seed/fixtures';

const WS = F.WS_DEFAULT;
const OUT = path.resolve(__dirname, '..', '.cache', 'test-results', 'screens');

interface Screen {
  name: string;
  url: string;
  /** Tab to select after loading (its accessible name). */
  tab?: RegExp;
}

const w = (p = '') => `/w/${WS}${p}`;
const SCREENS: Screen[] = [
  { name: 'overview', url: w() },
  { name: 'gitrepos', url: w('/gitrepos') },
  { name: 'gitrepo-detail', url: w(`/gitrepos/${F.GITREPO_MULTI_PATH}`) },
  { name: 'gitrepo-new', url: w('/gitrepos/new') },
  { name: 'gitrepo-new-auth', url: w('/gitrepos/new'), tab: /^Authentication/ },
  { name: 'gitrepo-new-targets', url: w('/gitrepos/new'), tab: /^Targets/ },
  { name: 'gitrepo-new-behaviour', url: w('/gitrepos/new'), tab: /^Behaviour/ },
  { name: 'gitrepo-new-yaml', url: w('/gitrepos/new'), tab: /^YAML/ },
  { name: 'gitrepo-edit', url: w(`/gitrepos/${F.GITREPO_HELM}/edit`) },
  { name: 'bundles', url: w('/bundles') },
  { name: 'bundle-detail', url: w(`/bundles/${F.GITREPO_PRIVATE_HTTPS}-apps-overlays-prod`) },
  { name: 'bundle-detail-agent', url: w(`/bundles/${F.AGENT_MODIFIED_BUNDLE}`) },
  { name: 'bundle-detail-modified', url: w(`/bundles/${F.GITREPO_KUSTOMIZE}-multi-cluster-kustomize`) },
  { name: 'matrix', url: w('/matrix') },
  { name: 'clusters', url: w('/clusters') },
  { name: 'cluster-detail', url: w(`/clusters/${F.OLD_K8S_CLUSTER}`) },
  { name: 'cluster-detail-bundles', url: w(`/clusters/${F.OLD_K8S_CLUSTER}`), tab: /^Bundle deployments/ },
  { name: 'cluster-detail-labels', url: w(`/clusters/${F.OLD_K8S_CLUSTER}`), tab: /^Labels/ },
  { name: 'cluster-detail-agent', url: w(`/clusters/${F.PROXY_CLUSTERS[0]}`), tab: /^Agent settings/ },
  { name: 'clustergroups', url: w('/clustergroups') },
  { name: 'clustergroup-detail', url: w(`/clustergroups/${F.GROUP_PROD}`) },
  { name: 'clustergroup-new', url: w('/clustergroups/new') },
  { name: 'troubleshooting', url: w('/troubleshooting') },
  { name: 'workspaces', url: w('/workspaces') },
  { name: 'workspace-detail', url: w(`/workspaces/${WS}`) },
  { name: 'registration', url: w('/registration') },
  { name: 'overview-all', url: '/w/_all' },
  { name: 'signin', url: '/signin' },
  { name: 'bundle-detail-rollout', url: w(`/bundles/${F.ROLLOUT_BUNDLE}`) },
  { name: 'graph', url: w(`/graph/GitRepo/${F.GITREPO_MULTI_PATH}?limit=8`) },
  { name: 'schedules', url: w('/schedules') },
  { name: 'schedule-detail', url: w(`/schedules/${F.SCHEDULE_NAME}`) },
  { name: 'schedule-new', url: w('/schedules/new') },
  { name: 'policies', url: w('/policies') },
  { name: 'policy-detail', url: w(`/policies/${F.POLICY_NAME}`) },
  { name: 'policy-edit', url: w(`/policies/${F.POLICY_NAME}/edit`) },
];

/** The page has painted its data: a heading, and no loading skeleton left in it. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

/** How far the document scrolls sideways (0 when it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Links and headings showing an object name (`name` or `namespace/name`) that wrap inside a word: a name may wrap
 * only after '-', '.' or '/'.
 */
const namesBrokenMidWord = (page: Page) =>
  page.evaluate(() => {
    const NAME = /^[a-z0-9]([-a-z0-9./]*[a-z0-9])?$/;
    const broken: string[] = [];
    for (const a of document.querySelectorAll('main a[href], main h1')) {
      const text = a.textContent ?? '';
      if (!NAME.test(text) || a.getClientRects().length === 0) continue;
      const chars: { ch: string; top: number }[] = [];
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < (n.textContent ?? '').length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          chars.push({ ch: n.textContent![i]!, top: r.getBoundingClientRect().top });
        }
      }
      const at = chars.findIndex((c, i) => i > 0 && c.top > chars[i - 1]!.top + 2 && !'-./'.includes(chars[i - 1]!.ch));
      if (at > 0) broken.push(`${text} (wraps after "${text.slice(0, at)}")`);
    }
    return broken;
  });

const SIZES = [
  { label: '390', viewport: { width: 390, height: 844 } },
  { label: '1400', viewport: { width: 1400, height: 900 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    // Dark at 390 px is the browser's preference ("System"); at 1,400 px it is chosen in the theme switch while the
    // browser prefers light, and kept from page to page.
    const bySwitch = scheme === 'dark' && size.label === '1400';
    test(`no page scrolls sideways or breaks a name mid-word at ${size.label} px, ${scheme}${bySwitch ? ' (theme switch)' : ''}`, async ({ browser, baseURL }) => {
      test.setTimeout(SCREENS.length * 15_000);
      const context = await browser.newContext({ baseURL, viewport: size.viewport, colorScheme: bySwitch ? 'light' : scheme });
      const page = await context.newPage();
      const wide: string[] = [];
      const broken: string[] = [];
      try {
        if (bySwitch) {
          await page.goto(w());
          await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
        }
        for (const s of SCREENS) {
          await test.step(s.name, async () => {
            await page.goto(s.url);
            await settled(page);
            if (s.tab) {
              await page.getByRole('tab', { name: s.tab }).click();
              await settled(page);
            }
            if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
            const over = await sideways(page);
            if (over > 0) wide.push(`${s.name} (${over} px too wide)`);
            for (const b of await namesBrokenMidWord(page)) broken.push(`${s.name}: ${b}`);
            await page.screenshot({ path: path.join(OUT, `${s.name}-${size.label}-${scheme}.png`), fullPage: true });
          });
        }
      } finally {
        await context.close();
      }
      expect.soft(wide, 'pages whose document scrolls sideways').toEqual([]);
      expect(broken, 'object names that wrap inside a word').toEqual([]);
    });
  }
}
