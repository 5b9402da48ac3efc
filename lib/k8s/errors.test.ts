import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { K8sError, toApiError } from './errors';

function recorded(name: string): K8sError {
  const body: unknown = JSON.parse(readFileSync(path.join(__dirname, 'testdata', name), 'utf8'));
  return K8sError.fromResponse((body as { code: number }).code, body);
}

describe('toApiError with recorded Status bodies', () => {
  it('403 list in a namespace names the person, the verb, the kind and the workspace', () => {
    expect(toApiError(recorded('403-list-gitrepos.json'))).toEqual({
      status: 403,
      message: 'You (operator) are not allowed to list gitrepos in workspace fleet-local.',
    });
  });

  it('403 get names the object', () => {
    expect(toApiError(recorded('403-get-gitrepo.json')).message).toBe(
      'You (operator) are not allowed to get gitrepo simple in workspace fleet-local.',
    );
    expect(toApiError(recorded('403-get-secret.json')).message).toBe(
      'You (operator) are not allowed to get secret x in workspace fleet-default.',
    );
  });

  it('403 at the cluster scope has no workspace', () => {
    expect(toApiError(recorded('403-list-namespaces.json')).message).toBe(
      'You (operator) are not allowed to list namespaces.',
    );
  });

  it('403 with an unknown message shape still says forbidden and keeps the original', () => {
    const e = K8sError.fromResponse(403, { kind: 'Status', code: 403, message: 'admission webhook denied', details: { kind: 'gitrepos' } });
    expect(toApiError(e)).toEqual({ status: 403, message: 'You are not allowed to do this with gitrepos. (admission webhook denied)' });
  });

  it('401 asks to sign in again', () => {
    const e = toApiError(recorded('401.json'));
    expect(e.status).toBe(401);
    expect(e.message).toMatch(/Sign in again/);
  });

  it('404 names the missing object', () => {
    expect(toApiError(recorded('404-get-gitrepo.json'))).toEqual({
      status: 404,
      message: 'The gitrepo nope does not exist (it may have just been deleted).',
    });
    expect(toApiError(recorded('404-namespace.json')).message).toBe(
      'The namespace nope-ns does not exist (it may have just been deleted).',
    );
  });

  it('409 distinguishes a stale resourceVersion from a name clash', () => {
    expect(toApiError(recorded('409-conflict.json')).message).toBe(
      'The gitrepo errtest was changed by someone else since you loaded it. Reload it and apply your change again.',
    );
    expect(toApiError(recorded('409-already-exists.json')).message).toBe(
      'A gitrepo errtest already exists. Pick another name.',
    );
  });

  it('422 keeps field causes', () => {
    const e = toApiError(recorded('422-invalid.json'));
    expect(e.status).toBe(422);
    expect(e.fieldErrors?.map((f) => f.field)).toEqual(['metadata.name', 'spec.repo']);
    expect(e.message).toMatch(/^The GitRepo Bad_Name was rejected as invalid: metadata\.name: Invalid value/);
    expect(e.message).toContain('spec.repo: Invalid value: "": spec.repo in body should be at least 1 chars long');
  });

  it('429 says to retry and carries the delay', () => {
    expect(toApiError(recorded('429.json'))).toMatchObject({ status: 429, retryAfterSeconds: 1 });
  });

  it('5xx becomes 502 with the server message', () => {
    const e = toApiError(recorded('500.json'));
    expect(e.status).toBe(502);
    expect(e.message).toContain('etcdserver: request timed out');
  });

  it('non-Status bodies fall back to the text', () => {
    expect(toApiError(K8sError.fromResponse(503, 'upstream connect error'))).toMatchObject({ status: 502 });
  });

  it('network and TLS failures are told apart', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:16443'), { code: 'ECONNREFUSED' });
    expect(toApiError(K8sError.network(refused))).toMatchObject({ status: 502, message: expect.stringMatching(/cannot be reached/) });
    const tls = Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(toApiError(K8sError.network(tls)).message).toMatch(/TLS certificate was not accepted/);
  });

  it('anything else is a 500 without internals', () => {
    expect(toApiError(new Error('secret stuff'))).toEqual({
      status: 500,
      message: 'Something went wrong on the dashboard server. Details are in its log.',
    });
  });
});

describe('names that are not Kubernetes names', () => {
  it('are refused before any request, and map to 400 in words (not 500)', async () => {
    const { forIdentity } = await import('./client');
    const { InvalidNameError } = await import('./errors');
    const k = forIdentity({ type: 'token', token: 't', username: 'u', groups: [] });
    let thrown: unknown;
    try {
      await k.get('bundles', 'fleet-default', 'Bad_Name');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidNameError);
    expect(toApiError(thrown)).toEqual({ status: 400, message: expect.stringMatching(/"Bad_Name" is not a valid Kubernetes object name/) });
    expect(() => k.secrets.delete('w'.repeat(64), 'x')).toThrow(/not a valid workspace/);
    // The first import of the Kubernetes client takes seconds on a loaded 2-core machine.
  }, 30_000);
});

describe('a request past its deadline', () => {
  it('is a 504 that says the dashboard lost the API server', () => {
    const e = K8sError.network(Object.assign(new Error('no answer within 8 s'), { code: 'FLEETDASH_DEADLINE', deadlineMs: 8000 }));
    expect(toApiError(e)).toEqual({ status: 504, message: expect.stringMatching(/did not answer within 8 s: the dashboard has lost it/) });
  });
});
