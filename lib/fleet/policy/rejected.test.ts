import { describe, expect, it } from 'vitest';
import { PolicySchema, type Policy } from '../kinds/policy';
import { evaluateGitRepo } from './evaluate';
import { policyRejections, type RejectableObject } from './rejected';

const policy = (name: string, fields: Partial<Policy>, namespace = 'ws'): Policy => PolicySchema.parse({ metadata: { name, namespace }, ...fields });

describe('objects a Policy rejects', () => {
  const repos = policy('repos', { gitRepo: { allowedRepoPatterns: ['https://github\\.com/acme/.*'] } });
  const accounts = policy('accounts', { requireServiceAccount: true });
  const elsewhere = policy('other', { gitRepo: { allowedRepoPatterns: ['nothing'] } }, 'other-ws');
  const gitrepo = (name: string, spec: { repo: string; serviceAccount?: string }): RejectableObject => {
    // The condition holds the message Fleet's enforcement writes for this GitRepo under the merged Policies.
    const v = evaluateGitRepo({ spec }, [repos, accounts]);
    return {
      kind: 'GitRepo',
      metadata: { name, namespace: 'ws' },
      spec,
      status: { conditions: v.allowed ? [{ type: 'Accepted', status: 'True' }] : [{ type: 'Accepted', status: 'False', message: v.reason }] },
    };
  };

  it('lists only what Fleet reports as rejected, naming the Policies that reject it on their own', () => {
    const out = policyRejections(
      [gitrepo('ok', { repo: 'https://github.com/acme/app', serviceAccount: 'deployer' }), gitrepo('foreign', { repo: 'https://gitlab.com/x/y', serviceAccount: 'deployer' }), gitrepo('no-sa', { repo: 'https://github.com/acme/app' })],
      [repos, accounts, elsewhere],
    );
    expect(out.map((r) => [r.name, r.field, r.policies])).toEqual([
      ['foreign', 'repo', ['repos']],
      ['no-sa', 'serviceAccount', ['accounts']],
    ]);
    expect(out[0]!.sentence).toBe('The Git repository "https://gitlab.com/x/y" is not allowed: allowed are https://github\\.com/acme/.*.');
  });

  it('ignores conditions about something else and Ready=False of a HelmOp', () => {
    const out = policyRejections(
      [
        { kind: 'GitRepo', metadata: { name: 'a', namespace: 'ws' }, spec: { repo: 'r' }, status: { conditions: [{ type: 'Accepted', status: 'False', message: 'failed to clone' }] } },
        { kind: 'Bundle', metadata: { name: 'b', namespace: 'ws' }, spec: {}, status: { conditions: [{ type: 'Ready', status: 'False', message: 'Bundle in namespace ws violates Policy: serviceAccount is required by Policy but is not set on the Bundle' }] } },
      ],
      [accounts],
    );
    expect(out.map((r) => [r.kind, r.name, r.policies])).toEqual([['Bundle', 'b', ['accounts']]]);
  });
});
