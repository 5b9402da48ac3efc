import { describe, expect, it } from 'vitest';
import { isExactVersion, resolveVersion, sortVersionsDesc, versionError, versionKind } from './version';

describe('chart versions', () => {
  it('tells exact versions from constraints the way StrictNewVersion does', () => {
    expect(isExactVersion('1.2.3')).toBe(true);
    expect(isExactVersion('1.2.3-rc.1+build.5')).toBe(true);
    expect(isExactVersion('v1.2.3')).toBe(false);
    expect(isExactVersion('1.2')).toBe(false);
    expect(versionKind('')).toBe('latest');
    expect(versionKind('^1.2')).toBe('range');
    expect(versionKind(' 0.2.0 ')).toBe('exact');
  });

  it('accepts constraints, including Masterminds commas, and explains bad input', () => {
    for (const ok of ['', '1.2.3', '^1.2', '~1.2.0', '>=1.0.0, <2.0.0', '>=1.0.0 <2.0.0', '1.x', '1.2 - 1.4', '^1 || ^2']) {
      expect(versionError(ok), ok).toBeUndefined();
    }
    expect(versionError('v1.2.3')).toBe('Write the version without "v": 1.2.3');
    expect(versionError('latest')).toMatch(/Not a version or a version range/);
    expect(versionError('>=banana')).toMatch(/Not a version/);
  });

  it('resolves a constraint against an index like Fleet (highest match, stable when empty)', () => {
    const versions = ['0.1.0', '0.2.0', '1.0.0', '1.1.0-rc.1', '1.0.5', 'garbage'];
    expect(resolveVersion('', versions)).toBe('1.0.5');
    expect(resolveVersion('^0.1', versions)).toBe('0.1.0');
    expect(resolveVersion('>=0.1.0, <1.0.0', versions)).toBe('0.2.0');
    expect(resolveVersion('1.0.0', versions)).toBe('1.0.0');
    expect(resolveVersion('9.9.9', versions)).toBeUndefined();
    expect(resolveVersion('^2', versions)).toBeUndefined();
    expect(sortVersionsDesc(versions)).toEqual(['1.1.0-rc.1', '1.0.5', '1.0.0', '0.2.0', '0.1.0', 'garbage']);
  });
});
