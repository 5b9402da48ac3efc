import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readAudit, reviewLockfile, type Lockfile, type PackageJson } from './check';

const root = path.resolve(__dirname, '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
const sha = 'sha512-' + 'A'.repeat(86) + '==';

describe('reviewLockfile', () => {
  it("passes the project's own package.json and lockfile", () => {
    expect(reviewLockfile(read('package.json') as PackageJson, read('package-lock.json') as Lockfile)).toEqual([]);
  });
  it('names ranges, drift, foreign sources, missing hashes and unreviewed install scripts', () => {
    const pkg: PackageJson = { dependencies: { a: '^1.0.0', b: '2.0.0' }, allowScripts: { ok: true } };
    const lock: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '^1.0.0', b: '2.0.1' } },
        'node_modules/a': { version: '1.2.0', integrity: sha, resolved: 'https://registry.example/a/-/a-1.2.0.tgz' },
        'node_modules/b': { version: '2.0.1', integrity: sha, resolved: 'git+ssh://git@example.com/b.git' },
        'node_modules/c': { version: '1.0.0' },
        'node_modules/ok': { version: '1.0.0', integrity: sha, hasInstallScript: true },
        'node_modules/x/node_modules/@s/evil': { version: '1.0.0', integrity: sha, hasInstallScript: true },
        'node_modules/x/node_modules/bundled': { version: '1.0.0', inBundle: true },
      },
    };
    const p = reviewLockfile(pkg, lock).join('\n');
    expect(p).toMatch(/dependencies.a is "\^1.0.0": pin one exact version/);
    expect(p).toMatch(/out of step with package.json for b/);
    expect(p).toMatch(/installs b@2.0.1, package.json pins 2.0.0/);
    expect(p).toMatch(/node_modules\/b comes from git\+ssh/);
    expect(p).toMatch(/node_modules\/c has no sha512 integrity/);
    expect(p).toMatch(/@s\/evil runs an install script that is not reviewed/);
    expect(p).not.toMatch(/bundled|\bok\b runs|node_modules\/a comes/);
  });
});

describe('readAudit', () => {
  it('fails on moderate and worse, warns below', () => {
    const out = JSON.stringify({
      vulnerabilities: {
        next: { name: 'next', severity: 'high', range: '<16.4.7', via: [{ title: 'Cache poisoning', url: 'https://github.com/advisories/GHSA-x' }] },
        tiny: { name: 'tiny', severity: 'low', range: '*', via: ['next'] },
      },
      metadata: { vulnerabilities: { high: 1, low: 1 } },
    });
    const r = readAudit(out);
    expect(r.kind).toBe('advisories');
    if (r.kind !== 'advisories') return;
    expect(r.fail).toEqual(['high: next <16.4.7 — Cache poisoning https://github.com/advisories/GHSA-x']);
    expect(r.warn).toEqual(['low: tiny * — via next']);
  });
  it('is clean with an empty report', () => {
    expect(readAudit(JSON.stringify({ vulnerabilities: {}, metadata: {} }))).toEqual({ kind: 'clean' });
  });
  it('is "unavailable", not a failure, when the service cannot be asked', () => {
    // What a registry mirror without the audit endpoint answers (seen on this project's machines).
    const mirror = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    expect(readAudit(mirror)).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/405/) });
    expect(readAudit(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.example' } }))).toMatchObject({ kind: 'unavailable' });
    expect(readAudit('')).toMatchObject({ kind: 'unavailable' });
  });
});
