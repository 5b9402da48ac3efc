import { describe, expect, it } from 'vitest';
import { listenHost, localMode, localModeBanner } from './local-mode';

const NEXT = ['/usr/bin/node', '/app/node_modules/next/dist/bin/next', 'start'];

describe('local mode guard', () => {
  it('is off without FLEETDASH_LOCAL_USER_CONTEXT', () => {
    expect(localMode({}, [...NEXT, '-H', '127.0.0.1'])).toEqual({ enabled: false });
  });
  it('is on when the server listens on loopback only', () => {
    for (const h of ['127.0.0.1', '::1', 'localhost', '127.0.0.2']) {
      const m = localMode({ FLEETDASH_LOCAL_USER_CONTEXT: 'admin' }, [...NEXT, '-H', h]);
      expect(m, h).toMatchObject({ enabled: true, context: 'admin', listen: h });
    }
    expect(localMode({ FLEETDASH_LOCAL_USER_CONTEXT: 'admin' }, [...NEXT, '--hostname=127.0.0.1']).enabled).toBe(true);
    // A process without the flag: Next.js's recorded origin, when it is a literal loopback address.
    expect(localMode({ FLEETDASH_LOCAL_USER_CONTEXT: 'admin', __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3000' }, NEXT).enabled).toBe(true);
  });
  it('is refused on any other address, and says why', () => {
    for (const argv of [[...NEXT, '-H', '0.0.0.0'], [...NEXT, '-H', '::'], [...NEXT, '-H', '10.1.2.3'], NEXT]) {
      const m = localMode({ FLEETDASH_LOCAL_USER_CONTEXT: 'admin', __NEXT_PRIVATE_ORIGIN: 'http://localhost:3000' }, argv);
      expect(m.enabled, argv.join(' ')).toBe(false);
      expect(localModeBanner(m)).toMatch(/^ERROR: FLEETDASH_LOCAL_USER_CONTEXT=admin is ignored: the server listens on/);
    }
    // "next start -H ::" records [::1]: not proof of loopback without the flag.
    expect(listenHost({ __NEXT_PRIVATE_ORIGIN: 'http://[::1]:3000' }, NEXT)).toBeUndefined();
  });
  it('is allowed on any address with the explicit second opt-in, and logged loudly', () => {
    const m = localMode({ FLEETDASH_LOCAL_USER_CONTEXT: 'admin', FLEETDASH_LOCAL_MODE_ANY_ADDRESS: 'true' }, [...NEXT, '-H', '0.0.0.0']);
    expect(m).toMatchObject({ enabled: true, optIn: true });
    expect(localModeBanner(m)).toMatch(/LOCAL MODE: requests without a session act as kubeconfig context "admin"/);
  });
});
