import { describe, expect, it } from 'vitest';
import { apiPath } from './api-path';

describe('apiPath', () => {
  it('puts the base path in front of the API and live-stream URLs', () => {
    expect(apiPath('/api/w/fleet-default/gitrepos', '/fleet')).toBe('/fleet/api/w/fleet-default/gitrepos');
    expect(apiPath('/api/events?kinds=gitrepos', '/fleet')).toBe('/fleet/api/events?kinds=gitrepos');
    expect(apiPath('/fleet/api/session', '/fleet')).toBe('/fleet/api/session');
    expect(apiPath('https://elsewhere/api', '/fleet')).toBe('https://elsewhere/api');
  });
  it('changes nothing without a base path', () => {
    expect(apiPath('/api/session', '')).toBe('/api/session');
  });
});
