import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext (where sign-in sends the person)', () => {
  it('keeps pages of this dashboard, with query and hash', () => {
    expect(safeNext('/w/fleet-default/gitrepos')).toBe('/w/fleet-default/gitrepos');
    expect(safeNext('/w/_all/clusters?q=a%20b&page=2#x')).toBe('/w/_all/clusters?q=a%20b&page=2#x');
  });
  it('refuses anything that leaves the origin once a browser resolves it', () => {
    for (const evil of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\/evil.example',
      '/\\/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      ' /evil',
      'evil.example',
    ]) {
      expect(safeNext(evil), JSON.stringify(evil)).toBe('/');
    }
  });
  it('falls back for missing and repeated values', () => {
    expect(safeNext(undefined)).toBe('/');
    expect(safeNext(['/a', '/b'])).toBe('/');
    expect(safeNext('', '/w/x')).toBe('/w/x');
  });
  it('normalises dot segments instead of passing them on', () => {
    expect(safeNext('/w/../signin')).toBe('/signin');
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });
});
