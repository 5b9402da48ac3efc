import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetKubeConfigForTests } from '@/lib/k8s/config';
import { personFromSessionCookie } from './current';
import { sealSession, sessionKey, SESSION_MAX_AGE_S } from './session';

const saved = { ...process.env };
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetdash-current-'));
  const kc = path.join(dir, 'kubeconfig');
  fs.writeFileSync(
    kc,
    ['apiVersion: v1', 'kind: Config', 'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]', 'users: [{name: u, user: {token: t}}]', 'contexts: [{name: admin, context: {cluster: c, user: u}}]', 'current-context: admin'].join('\n'),
  );
  Object.assign(process.env, { KUBECONFIG: kc, FLEETDASH_LOCAL_USER_CONTEXT: 'admin', HOSTNAME: '127.0.0.1', FLEETDASH_SESSION_SECRET: 'unit-secret' });
  resetKubeConfigForTests();
});
afterAll(() => {
  process.env = saved;
  resetKubeConfigForTests();
});

describe('personFromSessionCookie in local mode', () => {
  const now = Math.floor(Date.now() / 1000);
  const session = { token: 'tok', username: 'viewer', groups: [], csrf: 'c'.repeat(32), iat: now };

  it('no cookie: the local user', () => {
    expect(personFromSessionCookie(undefined)?.identity).toMatchObject({ type: 'context', context: 'admin' });
  });
  it('a live session: its person', () => {
    expect(personFromSessionCookie(sealSession(session, sessionKey()))?.identity).toMatchObject({ type: 'token', username: 'viewer' });
  });
  it('an expired, tampered or foreign session cookie: nobody, never the local user', () => {
    const expired = sealSession({ ...session, iat: now - SESSION_MAX_AGE_S - 10 }, sessionKey());
    const foreign = sealSession(session, sessionKey('another-secret'));
    const live = sealSession(session, sessionKey());
    const tampered = live.slice(0, -2) + (live.endsWith('AA') ? 'BB' : 'AA');
    for (const v of [expired, foreign, tampered, 'garbage']) expect(personFromSessionCookie(v), v.slice(0, 12)).toBeUndefined();
  });
  it('local mode on a non-loopback address: nobody without a session', () => {
    process.env.HOSTNAME = '0.0.0.0';
    try {
      expect(personFromSessionCookie(undefined)).toBeUndefined();
    } finally {
      process.env.HOSTNAME = '127.0.0.1';
    }
  });
});
