import { describe, expect, it } from 'vitest';
import { forbiddenWorkspace } from './forbidden-workspace';

describe('forbiddenWorkspace', () => {
  it('names the workspace a forbidden page is about', () => {
    expect(forbiddenWorkspace('/w/fleet-local/gitrepos')).toBe('fleet-local');
    expect(forbiddenWorkspace('/w/fleet-local')).toBe('fleet-local');
    expect(forbiddenWorkspace('/w/fleet-default/workspaces/team-a')).toBe('team-a');
  });
  it('names nothing that is not a workspace name', () => {
    expect(forbiddenWorkspace('/signin')).toBeUndefined();
    expect(forbiddenWorkspace('/w/%3Cscript%3E/x')).toBeUndefined();
    expect(forbiddenWorkspace('/w/%E0%A4%A/x')).toBeUndefined();
  });
});
