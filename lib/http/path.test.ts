import { describe, expect, it } from 'vitest';
import { objectParams, workspaceParam } from './path';

const ws = (workspace: string) => ({ params: Promise.resolve({ workspace }) });
const obj = (workspace: string, name: string) => ({ params: Promise.resolve({ workspace, name }) });

describe('path parameters', () => {
  it('a workspace: a namespace name, or _all unless the route acts in one', async () => {
    await expect(workspaceParam(ws('fleet-default'))).resolves.toBe('fleet-default');
    await expect(workspaceParam(ws('_all'))).resolves.toBe('_all');
    await expect(workspaceParam(ws('_all'), 'to create a GitRepo in')).rejects.toMatchObject({ status: 400, message: 'Pick one workspace to create a GitRepo in (not "all workspaces").' });
    await expect(workspaceParam(ws('Bad_WS'))).rejects.toMatchObject({ status: 400, message: '"Bad_WS" is not a valid workspace name.' });
    await expect(workspaceParam(ws('w'.repeat(64)))).rejects.toMatchObject({ status: 400 });
  });
  it('an object: one workspace and a valid name, named in the message', async () => {
    await expect(objectParams(obj('fleet-default', 'web'), 'GitRepo')).resolves.toEqual({ ws: 'fleet-default', name: 'web' });
    await expect(objectParams(obj('fleet-default', 'Bad_Name'), 'GitRepo')).rejects.toMatchObject({ status: 400, message: '"Bad_Name" is not a valid GitRepo name.' });
    await expect(objectParams(obj('_all', 'web'), 'Bundle')).rejects.toMatchObject({ status: 400, message: 'A Bundle lives in one workspace; pick one instead of "all workspaces".' });
  });
});
