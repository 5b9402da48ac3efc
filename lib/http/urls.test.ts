import { describe, expect, it } from 'vitest';
import { apiUrl, pageUrl, withQuery } from './urls';

describe('urls', () => {
  it('encodes every segment', () => {
    expect(pageUrl.gitrepo('fleet default', 'a/b')).toBe('/w/fleet%20default/gitrepos/a%2Fb');
    expect(apiUrl.clusterPart('ws', 'c#1', 'labels')).toBe('/api/w/ws/clusters/c%231/labels');
  });
  it('leaves empty query values out', () => {
    expect(pageUrl.gitrepoNew('ws')).toBe('/w/ws/gitrepos/new');
    expect(pageUrl.gitrepoNew('ws', 'x')).toBe('/w/ws/gitrepos/new?clone=x');
    expect(pageUrl.matrix('ws', { gitrepo: '' })).toBe('/w/ws/matrix');
    expect(pageUrl.bundles('ws', { gitrepo: 'r 1' })).toBe('/w/ws/bundles?gitrepo=r+1');
  });
  it('takes a query string as it is, with or without its ?', () => {
    expect(apiUrl.gitrepos('ws', 'q=a&page=2')).toBe('/api/w/ws/gitrepos?q=a&page=2');
    expect(apiUrl.token('ws', 't', '?uid=1')).toBe('/api/w/ws/tokens/t?uid=1');
    expect(withQuery('/x', '')).toBe('/x');
  });
  it('knows which kinds have a detail page', () => {
    expect(pageUrl.object('ClusterGroup', 'ws', 'g')).toBe('/w/ws/clustergroups/g');
    expect(pageUrl.object('Secret', 'ws', 'g')).toBeUndefined();
    expect(pageUrl.object('toString', 'ws', 'g')).toBeUndefined();
  });
  it('sends sign-in back to where the person was', () => {
    expect(pageUrl.signin('/w/a/gitrepos')).toBe('/signin?next=%2Fw%2Fa%2Fgitrepos');
  });
});
