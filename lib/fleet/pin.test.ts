import { describe, expect, it } from 'vitest';
import {
  commitChoices,
  GitRepoPinRequestSchema,
  pinConflict,
  gitRepoPinText,
  isGitRepoPinned,
  isHelmOpPinned,
  pinGitRepoPatch,
  pinHelmOpPatch,
  shaError,
  unpinGitRepoPatch,
  unpinHelmOpPatch,
} from './pin';

const SHA = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);

describe('pin a GitRepo to a commit', () => {
  it('validates SHAs', () => {
    expect(shaError(SHA)).toBeUndefined();
    expect(shaError('c'.repeat(64))).toBeUndefined();
    expect(shaError('abc1234')).toMatch(/full commit SHA/);
    expect(shaError('abc1234', { allowShort: true })).toBeUndefined();
    expect(shaError('abc123', { allowShort: true })).toMatch(/7 to 40/);
    expect(shaError('main')).toMatch(/hexadecimal/);
    expect(shaError(' ')).toBe('Enter a commit SHA');
  });

  it('is pinned when a revision is set and no branch overrides it (Fleet clones the branch then)', () => {
    expect(isGitRepoPinned({ spec: { branch: 'main' } })).toBe(false);
    expect(isGitRepoPinned({ spec: { branch: 'main', revision: SHA } })).toBe(false);
    expect(isGitRepoPinned({ spec: { revision: SHA } })).toBe(true);
    expect(gitRepoPinText({ spec: { revision: SHA } })).toBe(`Pinned to ${'a'.repeat(12)}`);
    expect(gitRepoPinText({ spec: { branch: 'main' } })).toBe('Follows main');
    expect(gitRepoPinText({ spec: {} })).toBe("Follows master (Fleet's default branch)");
  });

  it('offers the full commits Fleet reported, each once', () => {
    expect(commitChoices({ spec: { revision: 'abcdef1' }, status: { commit: SHA, pollingCommit: SHA2, webhookCommit: SHA } })).toEqual([
      { sha: SHA, label: 'deployed' },
      { sha: SHA2, label: 'newest seen by polling' },
    ]);
    expect(commitChoices({ spec: {} })).toEqual([]);
  });

  it('pins by setting the revision and clearing the branch, unpins back to the branch', () => {
    const g = { spec: { branch: 'main' } };
    const pin = pinGitRepoPatch(g, ` ${SHA.toUpperCase()} `);
    expect(pin).toEqual({ metadata: { annotations: { 'fleet-dashboard/unpin-branch': 'main' } }, spec: { revision: SHA, branch: null } });
    const pinned = { metadata: { annotations: { 'fleet-dashboard/unpin-branch': 'main' } }, spec: { revision: SHA } };
    expect(pinGitRepoPatch(pinned, SHA2).metadata.annotations['fleet-dashboard/unpin-branch']).toBe('main');
    expect(unpinGitRepoPatch(pinned)).toEqual({ metadata: { annotations: { 'fleet-dashboard/unpin-branch': null } }, spec: { revision: null, branch: 'main' } });
    expect(unpinGitRepoPatch({ spec: { revision: SHA } }).spec).toEqual({ revision: null, branch: null });
    expect(() => pinGitRepoPatch(g, 'abc1234')).toThrow(/full commit SHA/);
  });
});

describe('pin a HelmOp to a chart version', () => {
  it('is pinned for an exact version only', () => {
    expect(isHelmOpPinned({ spec: { helm: { version: '0.2.0' } } })).toBe(true);
    expect(isHelmOpPinned({ spec: { helm: { version: '^0.2' } } })).toBe(false);
    expect(isHelmOpPinned({ spec: { helm: {} } })).toBe(false);
    expect(isHelmOpPinned({ spec: { helm: { chart: 'https://e.com/a.tgz' } } })).toBe(false);
  });

  it('pins to an exact version remembering the range, and unpins back to it', () => {
    const ranged = { spec: { helm: { version: '~0.2' } } };
    expect(pinHelmOpPatch(ranged, '0.2.0')).toEqual({ metadata: { annotations: { 'fleet-dashboard/unpin-version': '~0.2' } }, spec: { helm: { version: '0.2.0' } } });
    expect(() => pinHelmOpPatch(ranged, '^0.2')).toThrow(/not an exact/);
    const pinned = { metadata: { annotations: { 'fleet-dashboard/unpin-version': '~0.2' } }, spec: { helm: { version: '0.2.0' } } };
    expect(pinHelmOpPatch(pinned, '0.1.0').metadata.annotations['fleet-dashboard/unpin-version']).toBe('~0.2');
    expect(unpinHelmOpPatch(pinned)).toEqual({ metadata: { annotations: { 'fleet-dashboard/unpin-version': null } }, spec: { helm: { version: '~0.2' } } });
    expect(unpinHelmOpPatch({ spec: { helm: { version: '2.3.4' } } }).spec.helm.version).toBe('^2');
    expect(unpinHelmOpPatch(pinned, '').spec.helm.version).toBeNull();
    expect(unpinHelmOpPatch({ metadata: { annotations: { 'fleet-dashboard/unpin-version': '' } }, spec: { helm: { version: '1.0.0' } } }).spec.helm.version).toBeNull();
  });
});

describe('the pin request (one schema for the dialog and the route)', () => {
  it('takes a full SHA, trimmed and lower-cased, and refuses others with the words the dialog shows', () => {
    const ok = GitRepoPinRequestSchema.parse({ action: 'pin', sha: ` ${'A'.repeat(40)} `, resourceVersion: '7', generation: 2 });
    expect(ok).toEqual({ action: 'pin', sha: 'a'.repeat(40), resourceVersion: '7', generation: 2 });
    const short = GitRepoPinRequestSchema.safeParse({ action: 'pin', sha: 'abc1234', resourceVersion: '7', generation: 2 });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]).toMatchObject({ code: 'custom', path: ['sha'], message: 'Enter the full commit SHA (40 hexadecimal digits, 64 for SHA-256 repositories)' });
    const notHex = GitRepoPinRequestSchema.safeParse({ action: 'pin', sha: 'main', resourceVersion: '7', generation: 2 });
    expect(notHex.error?.issues[0]?.message).toBe('A commit SHA is made of hexadecimal digits (0-9, a-f)');
    expect(GitRepoPinRequestSchema.safeParse({ action: 'unpin', resourceVersion: '', generation: 1 }).success).toBe(false);
    expect(GitRepoPinRequestSchema.safeParse({ action: 'unpin', resourceVersion: '9' }).success).toBe(false);
    expect(GitRepoPinRequestSchema.parse({ action: 'unpin', resourceVersion: '9', generation: 1 })).toEqual({ action: 'unpin', resourceVersion: '9', generation: 1 });
  });

  it('a status write by Fleet is no conflict; a settings change (generation) is', () => {
    const at = (resourceVersion: string, generation: number) => ({ metadata: { resourceVersion, generation } });
    expect(pinConflict(at('7', 2), { resourceVersion: '7', generation: 2 })).toBeUndefined();
    expect(pinConflict(at('9', 2), { resourceVersion: '7', generation: 2 })).toBeUndefined();
    expect(pinConflict(at('9', 3), { resourceVersion: '7', generation: 2 })).toBe('its settings changed after this page loaded them (generation 2 → 3)');
  });
});
