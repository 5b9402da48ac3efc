// Live streams are bounded: a few per person (the next one is refused in words), and a stream does not outlive the
// session it was opened with: signing out ends it at the next heartbeat, and the tab says it is no longer live.
import { expect, test } from '@playwright/test';
import { WS_DEFAULT } from '../scripts/seed/fixtures';
import { signIn } from './support/app';
import { tokenFor } from './support/k8s';
import { personWith, removePerson, signedIn, type Grant } from './support/person';

const PER_PERSON = 8; // lib/cache/streams.ts default

test.describe('live stream limits', () => {
  const who = `e2e-streams-${Date.now().toString(36)}`;
  const grants: Grant[] = [{ namespace: WS_DEFAULT, resources: ['gitrepos'] }];
  let token = '';
  test.beforeAll(async () => {
    token = await personWith(who, grants);
  });
  test.afterAll(async () => {
    await removePerson(who, grants);
  });

  test(`one person gets at most ${PER_PERSON} streams; the next is refused with 429 in words until one closes`, async ({ baseURL }) => {
    const p = await signedIn(baseURL!, token);
    const cookie = (await p.api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const url = `${baseURL}/api/events?kinds=gitrepos&workspace=${WS_DEFAULT}`;
    const open: AbortController[] = [];
    try {
      for (let i = 0; i < PER_PERSON; i++) {
        const ac = new AbortController();
        const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: ac.signal });
        expect(res.status, `stream ${i + 1}`).toBe(200);
        open.push(ac);
      }
      const refused = await fetch(url, { headers: { cookie } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBeTruthy();
      expect(((await refused.json()) as { error: string }).error).toMatch(new RegExp(`already have ${PER_PERSON} live streams open.*Close some dashboard tabs`));
      // Someone else is not affected by this person's streams.
      const other = new AbortController();
      expect((await fetch(url.replace(`workspace=${WS_DEFAULT}`, 'workspace=_all'), { signal: other.signal })).status).toBe(200);
      other.abort();
      // Closing one frees its slot.
      open.shift()!.abort();
      await expect.poll(async () => {
        const ac = new AbortController();
        const r = await fetch(url, { headers: { cookie }, signal: ac.signal });
        if (r.status === 200) open.push(ac);
        else ac.abort();
        return r.status;
      }).toBe(200);
    } finally {
      for (const ac of open) ac.abort();
      await p.api.dispose();
    }
  });
});

test('signing out ends the live stream opened with that session; the tab says it is not live', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, tokenFor('viewer'));
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  await page.goto(`/w/${WS_DEFAULT}/gitrepos`);
  const live = page.getByTestId('live-indicator');
  await expect(live).toHaveAttribute('data-state', 'live');
  // Sign out from another tab of the same browser: this tab's stream was opened with the session that just ended.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'fleet_csrf')?.value ?? '';
  const out = await page.request.delete('/api/session', { headers: { 'x-csrf-token': csrf, origin: new URL(page.url()).origin } });
  expect(out.status()).toBe(200);
  // Within one heartbeat (15 s).
  await expect(live).toHaveAttribute('data-state', 'off', { timeout: 25_000 });
  await expect(live).toHaveAttribute('title', /signed out/);
});
