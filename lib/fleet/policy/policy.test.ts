import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../forms/gitrepo-form';
import { emptyPolicyForm, formToPolicy, PolicyFormSchema, policyToForm } from '../forms/policy-form';
import { PolicySchema, type Policy } from '../kinds/policy';
import { aggregatePolicies, evaluateBundle, evaluateGitRepo, evaluateHelmOp } from './evaluate';
import { POLICY_FIELDS, summarisePolicy } from './explain';
import { describeViolation, parsePolicyViolation, policyRejection, policyViolationEvents } from './violations';

const policy = (name: string, fields: Partial<Policy>): Policy => PolicySchema.parse({ metadata: { name, namespace: 'ws' }, ...fields });

describe('evaluating Policies like Fleet', () => {
  const strict = policy('b-strict', {
    requireServiceAccount: true,
    allowedServiceAccounts: ['deployer'],
    helmOp: { allowedHelmRepoPatterns: ['https://charts\\.example\\.com/.*', 'oci://ghcr.io/acme/charts/app'], allowedChartPatterns: ['app|web'] },
    gitRepo: { allowedRepoPatterns: ['https://github\\.com/acme/.*'] },
  });
  const defaults = policy('a-defaults', { helmOp: { defaultServiceAccount: 'deployer' }, gitRepo: { defaultServiceAccount: 'deployer' } });

  it('merges policies in name order: requirements ORed, lists unioned, first default wins', () => {
    const m = aggregatePolicies([strict, defaults, policy('c', { allowedServiceAccounts: ['other'], helmOp: { defaultServiceAccount: 'late' } })]);
    expect(m.requireServiceAccount).toBe(true);
    expect(m.allowedServiceAccounts).toEqual(['deployer', 'other']);
    expect(m.helmDefaultServiceAccount).toBe('deployer');
  });

  it('rejects HelmOps with the message Fleet writes, applying defaults first', () => {
    const ok = { spec: { helm: { repo: 'https://charts.example.com/stable', chart: 'app' } } };
    expect(evaluateHelmOp(ok, [strict, defaults])).toEqual({ allowed: true, defaults: { serviceAccount: 'deployer' } });
    expect(evaluateHelmOp(ok, [strict])).toEqual({ allowed: false, reason: 'serviceAccount is required by Policy but is not set' });
    expect(evaluateHelmOp({ spec: { serviceAccount: 'root', helm: ok.spec.helm } }, [strict])).toEqual({
      allowed: false,
      reason: 'disallowed serviceAccount root: root not in allowed set [deployer]',
    });
    // Anchored: a prefix match is not enough.
    expect(evaluateHelmOp({ spec: { serviceAccount: 'deployer', helm: { repo: 'https://evil.com/?https://charts.example.com/x', chart: 'app' } } }, [strict])).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/^disallowed helm repo https:\/\/evil\.com/),
    });
    expect(evaluateHelmOp({ spec: { serviceAccount: 'deployer', helm: { repo: 'oci://ghcr.io/acme/charts/app' } } }, [strict])).toMatchObject({ allowed: true });
    expect(evaluateHelmOp({ spec: { serviceAccount: 'deployer', helm: { repo: 'https://charts.example.com/x', chart: 'db' } } }, [strict])).toEqual({
      allowed: false,
      reason: 'disallowed helm chart db: db not in allowed set [app|web]',
    });
    expect(evaluateHelmOp({ spec: {} }, [])).toEqual({ allowed: true, defaults: {} });
  });

  it('checks GitRepos with GitRepoRestrictions merged in (their patterns unanchored)', () => {
    const g = { spec: { repo: 'https://github.com/acme/shop', serviceAccount: 'deployer' } };
    expect(evaluateGitRepo(g, [strict])).toMatchObject({ allowed: true });
    expect(evaluateGitRepo({ spec: { ...g.spec, repo: 'https://gitlab.com/acme/shop' } }, [strict])).toEqual({
      allowed: false,
      reason: 'disallowed repo https://gitlab.com/acme/shop: https://gitlab.com/acme/shop not in allowed set [https://github\\.com/acme/.*]',
    });
    const grr = { metadata: { name: 'r' }, allowedRepoPatterns: ['gitlab\\.com'], allowedTargetNamespaces: ['apps'] };
    expect(evaluateGitRepo({ spec: { ...g.spec, repo: 'https://gitlab.com/acme/shop', targetNamespace: 'apps' } }, [strict], [grr])).toMatchObject({ allowed: true });
    expect(evaluateGitRepo(g, [strict], [grr])).toEqual({ allowed: false, reason: 'empty targetNamespace denied, because allowedTargetNamespaces restriction is present' });
    expect(evaluateGitRepo({ spec: { repo: 'https://github.com/acme/x' } }, [strict, defaults])).toEqual({ allowed: true, defaults: { serviceAccount: 'deployer' } });
  });

  it('checks Bundles without defaults, target accounts included', () => {
    expect(evaluateBundle({ spec: {} }, [strict])).toEqual({ allowed: false, reason: 'serviceAccount is required by Policy but is not set on the Bundle' });
    expect(evaluateBundle({ spec: { serviceAccount: 'deployer', targets: [{ name: 'prod', serviceAccount: 'admin' }] } }, [strict])).toEqual({
      allowed: false,
      reason: 'disallowed serviceAccount admin in target prod: admin not in allowed set [deployer]',
    });
  });

  it('reports a pattern that does not compile', () => {
    const bad = policy('bad', { helmOp: { allowedChartPatterns: ['(unclosed'] } });
    expect(evaluateHelmOp({ spec: { helm: { repo: 'https://c', chart: 'x' } } }, [bad])).toMatchObject({ allowed: false, reason: expect.stringMatching(/policy failed to compile regex "\(unclosed"/) });
  });
});

describe('parsing what Fleet reports', () => {
  it('reads every message shape back into a violation', () => {
    expect(parsePolicyViolation('disallowed helm repo https://x.io: https://x.io not in allowed set [a b]')).toMatchObject({
      rule: 'not-allowed',
      field: 'helmRepo',
      value: 'https://x.io',
      allowed: ['a', 'b'],
    });
    expect(parsePolicyViolation('Bundle in namespace fleet-default violates Policy: disallowed serviceAccount admin in target prod: admin not in allowed set [deployer]')).toMatchObject({
      field: 'serviceAccount',
      value: 'admin',
      target: 'prod',
      allowed: ['deployer'],
    });
    expect(parsePolicyViolation('serviceAccount is required by Policy but is not set on the Bundle')).toMatchObject({ rule: 'required', field: 'serviceAccount' });
    expect(parsePolicyViolation('disallowed helm chart x: policy failed to compile regex "(a": error parsing regexp: missing closing )')).toMatchObject({ rule: 'bad-pattern', allowed: ['(a'] });
    expect(parsePolicyViolation('empty targetNamespace denied, because allowedTargetNamespaces restriction is present')).toMatchObject({ field: 'targetNamespace', rule: 'required' });
    expect(parsePolicyViolation('helm options invalid: tarball chart with a non-empty repo field')).toBeUndefined();
  });

  it('round-trips our own evaluation messages', () => {
    const r = evaluateHelmOp({ spec: { serviceAccount: 'root', helm: {} } }, [policy('p', { allowedServiceAccounts: ['deployer', 'ci'] })]);
    expect(r.allowed).toBe(false);
    const v = parsePolicyViolation(!r.allowed ? r.reason : '')!;
    expect(describeViolation(v)).toBe('The service account "root" is not allowed: allowed are deployer, ci.');
  });

  it('finds the rejection in conditions and events', () => {
    expect(
      policyRejection({ status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'Accepted', status: 'False', message: 'disallowed repo r: r not in allowed set [x]' }] } }),
    ).toMatchObject({ field: 'repo' });
    expect(policyRejection({ status: { conditions: [{ type: 'Ready', status: 'False', message: 'something else' }] } })).toBeUndefined();
    const evs = policyViolationEvents([
      { reason: 'PolicyViolation', message: 'serviceAccount is required by Policy but is not set', involvedObject: { kind: 'HelmOp', name: 'a' }, lastTimestamp: '2026-01-01T00:00:00Z' },
      { reason: 'GotNewCommit', message: 'abc' },
      { reason: 'PolicyViolation', note: 'disallowed helmSecretName s: s not in allowed set [t]', regarding: { kind: 'HelmOp', name: 'b' }, eventTime: '2026-01-02T00:00:00Z' },
    ]);
    expect(evs.map((e) => e.object.name)).toEqual(['b', 'a']);
  });
});

describe('Policy form and explanations', () => {
  it('validates names, patterns and contradictory defaults', () => {
    const r = PolicyFormSchema.safeParse({
      ...emptyPolicyForm(),
      name: 'p',
      allowedServiceAccounts: ['deployer', 'Bad_SA', 'deployer'],
      helmOp: { ...emptyPolicyForm().helmOp, defaultServiceAccount: 'other', allowedChartPatterns: ['(?=x)'] },
    });
    expect(r.success).toBe(false);
    const e = fieldErrors(r.error!);
    expect(e['allowedServiceAccounts.1']).toBeDefined();
    expect(e['allowedServiceAccounts.2']).toBe('Listed twice');
    expect(e['helmOp.defaultServiceAccount']).toMatch(/Not in the allowed service accounts/);
    expect(e['helmOp.allowedChartPatterns.0']).toMatch(/Lookahead/);
  });

  it('converts to the top-level fields Fleet reads, keeping what it does not know', () => {
    const existing = policy('p', { requireServiceAccount: true, helmOp: { allowedChartPatterns: ['app'] } });
    (existing as Record<string, unknown>).futureField = { x: 1 };
    const form = policyToForm(existing);
    form.allowedServiceAccounts = ['deployer'];
    expect(formToPolicy(form, { namespace: 'ws', existing })).toEqual({
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'Policy',
      metadata: { name: 'p', namespace: 'ws' },
      futureField: { x: 1 },
      requireServiceAccount: true,
      allowedServiceAccounts: ['deployer'],
      helmOp: { allowedChartPatterns: ['app'] },
    });
  });

  it('explains every field of the type and summarises a Policy', () => {
    expect(POLICY_FIELDS.map((f) => f.path)).toEqual([
      'requireServiceAccount',
      'allowedServiceAccounts',
      'gitRepo.defaultServiceAccount',
      'gitRepo.defaultClientSecretName',
      'gitRepo.allowedClientSecretNames',
      'gitRepo.allowedRepoPatterns',
      'helmOp.defaultServiceAccount',
      'helmOp.defaultHelmSecretName',
      'helmOp.allowedHelmSecretNames',
      'helmOp.allowedHelmRepoPatterns',
      'helmOp.allowedChartPatterns',
    ]);
    expect(summarisePolicy(policy('p', { requireServiceAccount: true, helmOp: { allowedChartPatterns: ['app', 'web'] } }))).toEqual([
      'Every GitRepo, HelmOp and Bundle must use a service account.',
      'Allowed charts: app, web.',
    ]);
    expect(summarisePolicy(policy('p', {}))).toEqual(['This Policy sets nothing: it allows everything.']);
  });
});
