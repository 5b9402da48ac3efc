import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from '../kinds/gitrepo';
import { formToGitRepo, gitRepoToForm, gitRepoToYaml, yamlToForm, type GitRepoManifest } from './gitrepo-convert';
import { emptyGitRepoForm, GitRepoFormSchema, type GitRepoForm } from './gitrepo-form';
import { FAKE_CERT, fakeOpenSshKey, fullForm, KNOWN_HOSTS } from './testdata';

const NS = 'fleet-default';
const minimal = (): GitRepoForm => ({ ...emptyGitRepoForm(), name: 'shop', repo: 'https://github.com/acme/shop.git' });

describe('formToGitRepo', () => {
  it('minimal form: only repo, and the explicit all-clusters target', () => {
    expect(formToGitRepo(minimal(), { namespace: NS })).toEqual({
      apiVersion: 'fleet.cattle.io/v1alpha1',
      kind: 'GitRepo',
      metadata: { name: 'shop', namespace: NS },
      spec: { repo: 'https://github.com/acme/shop.git', targets: [{ name: 'all', clusterSelector: {} }] },
    });
  });

  it('full form: every field exactly', () => {
    const obj = formToGitRepo(fullForm(), { namespace: NS });
    expect(obj.spec).toEqual({
      repo: 'git@github.com:acme/shop.git',
      branch: 'main',
      paths: ['charts/*', 'manifests'],
      clientSecretName: 'shop-auth',
      helmSecretName: 'helm-creds',
      helmSecretNameForPaths: 'helm-paths',
      helmRepoURLRegex: '(?i)^https://charts\\.acme\\.io/.*',
      caBundle: Buffer.from(FAKE_CERT).toString('base64'),
      insecureSkipTLSVerify: true,
      targets: [
        { name: 'prod', clusterGroup: 'prod-eu', clusterSelector: { matchLabels: { env: 'prod' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] } },
        {
          clusterName: 'edge-1',
          clusterGroupSelector: { matchExpressions: [{ key: 'region', operator: 'NotIn', values: ['us'] }, { key: 'legacy', operator: 'DoesNotExist' }] },
        },
      ],
      targetNamespace: 'shop',
      serviceAccount: 'deployer',
      pollingInterval: '1m30s',
      disablePolling: true,
      webhookSecret: 'hook',
      paused: true,
      keepResources: true,
      deleteNamespace: true,
      correctDrift: { enabled: true, force: true, keepFailHistory: true },
      ociRegistrySecret: 'oci',
      imageScanInterval: '5m',
    });
    // What is built is accepted by the kind's read schema (what the rest of the app parses).
    expect(GitRepoSchema.safeParse(obj).success).toBe(true);
  });

  it('target modes: none is a criterion-less target, default leaves targets out', () => {
    const t = (mode: GitRepoForm['targets']['mode']) => formToGitRepo({ ...minimal(), targets: { mode, entries: [] } }, { namespace: NS }).spec.targets;
    expect(t('all')).toEqual([{ name: 'all', clusterSelector: {} }]);
    expect(t('none')).toEqual([{ name: 'none' }]);
    expect(t('default')).toBeUndefined();
  });

  it('auth: existing keeps the name; none leaves clientSecretName out', () => {
    expect(formToGitRepo({ ...minimal(), auth: { type: 'existing', secretName: 'creds' } }, { namespace: NS }).spec.clientSecretName).toBe('creds');
    expect('clientSecretName' in formToGitRepo(minimal(), { namespace: NS }).spec).toBe(false);
  });

  it('edit: keeps name, labels, annotations, finalizers, ownerReferences; uses resourceVersion; new secret name', () => {
    const existing = GitRepoSchema.parse({
      metadata: {
        name: 'shop',
        namespace: NS,
        uid: 'u1',
        resourceVersion: '41',
        generation: 7,
        labels: { team: 'a' },
        annotations: { note: 'x' },
        finalizers: ['fleet.cattle.io/gitrepo-finalizer'],
        managedFields: [{ manager: 'kubectl' }],
      },
      spec: { repo: 'https://github.com/acme/shop.git', clientSecretName: 'shop-auth' },
      status: { commit: 'abc' },
    });
    const form = { ...minimal(), name: 'renamed', auth: { type: 'basic' as const, username: 'u', password: 'p' } };
    const obj = formToGitRepo(form, { namespace: NS, existing, resourceVersion: '42' });
    expect(obj.metadata).toEqual({
      name: 'shop',
      namespace: NS,
      resourceVersion: '42',
      labels: { team: 'a' },
      annotations: { note: 'x' },
      finalizers: ['fleet.cattle.io/gitrepo-finalizer'],
    });
    expect(obj.spec.clientSecretName).toBe('shop-auth-8');
    expect('status' in obj).toBe(false);
    expect(formToGitRepo(form, { namespace: NS, existing }).metadata.resourceVersion).toBe('41');
  });

  it('refuses an unvalidated form instead of sending something else', () => {
    expect(() => formToGitRepo({ ...minimal(), advanced: 'branch: x' }, { namespace: NS })).toThrow(/advanced/);
  });
});

describe('round trips', () => {
  const forms: [string, GitRepoForm][] = [
    ['minimal', minimal()],
    ['full (auth becomes existing)', { ...fullForm(), auth: { type: 'existing', secretName: 'shop-auth' } }],
    ['revision, default targets', { ...minimal(), revision: 'v1.2.3', targets: { mode: 'default', entries: [] } }],
    ['no targets', { ...minimal(), targets: { mode: 'none', entries: [] } }],
    ['drift partly set', { ...minimal(), correctDrift: { enabled: false, force: true, keepFailHistory: false } }],
    ['advanced with bundles', { ...minimal(), advanced: 'forceSyncGeneration: 3\nbundles:\n  - base: app\n    options: fleet-prod.yaml\n' }],
  ];

  it.each(forms)('form → object → form is identity: %s', (_, form) => {
    expect(GitRepoFormSchema.safeParse(form).success).toBe(true);
    const obj = formToGitRepo(form, { namespace: NS });
    // Through YAML text too, as the YAML tab does.
    const back = yamlToForm(gitRepoToYaml(obj));
    expect(back.ok && back.form).toEqual(form);
    expect(gitRepoToForm(obj)).toEqual(form);
  });

  it('basic/SSH credentials: the object references the secret to create; the form comes back as existing', () => {
    const obj = formToGitRepo(fullForm(), { namespace: NS });
    expect(gitRepoToForm(obj).auth).toEqual({ type: 'existing', secretName: 'shop-auth' });
  });

  it('YAML tab keeps typed credentials while the YAML still references the secret to create', () => {
    const form = fullForm();
    const text = gitRepoToYaml(formToGitRepo(form, { namespace: NS })).replace('branch: main', 'branch: release');
    const r = yamlToForm(text, form);
    expect(r.ok && r.form).toEqual({ ...form, branch: 'release' });
    // Comments and key order of the advanced text survive a YAML round trip that did not change it.
    const commented = { ...form, advanced: '# OCI storage\nociRegistrySecret: oci\nimageScanInterval: 5m\n' };
    const kept = yamlToForm(gitRepoToYaml(formToGitRepo(commented, { namespace: NS })), commented);
    expect(kept.ok && kept.form.advanced).toBe(commented.advanced);
    const other = yamlToForm(text.replace('clientSecretName: shop-auth', 'clientSecretName: mine'), form);
    expect(other.ok && other.form.auth).toEqual({ type: 'existing', secretName: 'mine' });
  });

  it('YAML edits show up in the form', () => {
    const obj = formToGitRepo(fullForm(), { namespace: NS });
    const edited = parse(gitRepoToYaml(obj)) as GitRepoManifest;
    edited.spec.pollingInterval = '5m';
    edited.spec.paths = ['only'];
    edited.spec.targets = [{ clusterGroup: 'canary', clusterSelector: {} }, { name: 'junk' }];
    edited.spec.paused = false;
    edited.spec.bundles = [{ base: 'x' }];
    delete edited.spec.ociRegistrySecret;
    const r = yamlToForm(stringify(edited));
    if (!r.ok) throw new Error(r.error);
    expect(r.form).toMatchObject({
      pollingInterval: '5m',
      paths: ['only'],
      paused: false,
      targets: { mode: 'advanced', entries: [{ name: '', clusterName: '', clusterGroup: 'canary', clusterSelector: '', clusterGroupSelector: '' }] },
      advanced: 'imageScanInterval: 5m\nbundles:\n  - base: x\n',
    });
  });

  it('reads targets the way Fleet evaluates them', () => {
    const modeOf = (targets: unknown) => yamlToForm(stringify({ metadata: { name: 'a' }, spec: { repo: 'https://h/r', targets } }));
    const mode = (targets: unknown) => {
      const r = modeOf(targets);
      return r.ok ? r.form.targets.mode : r.error;
    };
    expect(mode(undefined)).toBe('default');
    expect(mode([])).toBe('default');
    expect(mode([{ name: 'x' }])).toBe('none');
    expect(mode([{ clusterSelector: { matchExpressions: [] } }])).toBe('all'); // what Rancher writes for "all"
    expect(mode([{ clusterName: 'a' }, { clusterGroupSelector: {} }])).toBe('all');
    expect(mode([{ clusterName: 'a' }])).toBe('advanced');
  });

  it('caBundle: base64 in the object, PEM text in the form', () => {
    const obj = formToGitRepo({ ...minimal(), caBundle: FAKE_CERT }, { namespace: NS });
    expect(atob(obj.spec.caBundle!)).toBe(FAKE_CERT);
    expect(gitRepoToForm(obj).caBundle).toBe(FAKE_CERT);
  });

  it('yamlToForm errors', () => {
    expect(yamlToForm('a: [')).toMatchObject({ ok: false, error: expect.stringMatching(/^Not valid YAML/) });
    expect(yamlToForm('metadata: {name: a}\nspec: {}')).toMatchObject({ ok: false, error: expect.stringMatching(/^spec\.repo/) });
    expect(yamlToForm('kind: Bundle\nmetadata: {name: a}\nspec: {repo: x}')).toMatchObject({ ok: false, error: 'kind must be GitRepo, not Bundle' });
  });

  it('SSH form through YAML without current form: typed key is not in the object', () => {
    const text = gitRepoToYaml(formToGitRepo({ ...fullForm(), auth: { type: 'ssh', privateKey: fakeOpenSshKey(), knownHosts: KNOWN_HOSTS } }, { namespace: NS }));
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toContain('ssh-ed25519');
  });
});
