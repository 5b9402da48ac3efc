import { describe, expect, it } from 'vitest';
import { emptyGitRepoForm, fieldErrors, GitRepoFormSchema, type GitRepoForm } from './gitrepo-form';
import { FAKE_CERT, FAKE_RSA_KEY, fakeOpenSshKey, fullForm } from './testdata';

const base = (): GitRepoForm => ({ ...emptyGitRepoForm(), name: 'shop', repo: 'https://github.com/acme/shop.git' });

/** Field errors of a form built from the valid base with `patch` applied. */
function errorsOf(patch: Partial<GitRepoForm> | ((f: GitRepoForm) => void)): Record<string, string> {
  const f = base();
  if (typeof patch === 'function') patch(f);
  else Object.assign(f, patch);
  const r = GitRepoFormSchema.safeParse(f);
  return r.success ? {} : fieldErrors(r.error);
}

describe('GitRepoFormSchema: valid forms', () => {
  it('accepts the minimal and the full form unchanged', () => {
    expect(GitRepoFormSchema.parse(base())).toEqual(base());
    expect(GitRepoFormSchema.parse(fullForm())).toEqual(fullForm());
  });

  it('fills defaults for a sparse payload and trims names/URLs', () => {
    const f = GitRepoFormSchema.parse({ name: ' shop ', repo: 'https://github.com/acme/shop.git ' });
    expect(f).toEqual(base());
  });

  it.each([
    'https://github.com/acme/shop.git',
    'http://git.internal/acme/shop',
    'ssh://git@github.com/acme/shop.git',
    'ssh://git@git.internal:2222/acme/shop.git',
    'git@github.com:acme/shop.git',
    'deploy@gitlab.example.com:group/sub/shop',
    'git://127.0.0.1:18530/manifests',
  ])('accepts repo URL %s', (repo) => {
    expect(errorsOf({ repo, auth: { type: 'none' } })).toEqual({});
  });

  it.each(['0', '15s', '1h30m', '1.5h', '500ms', '10µs', '2562047h'])('accepts polling interval %s', (pollingInterval) => {
    expect(errorsOf({ pollingInterval })).toEqual({});
  });
});

describe('GitRepoFormSchema: one specific error per bad field', () => {
  it.each([
    ['ftp://example.com/repo.git', /Unsupported scheme "ftp:\/\/"/],
    ['github.com/acme/shop', /Not a Git URL/],
    ['git@github.com/acme/shop.git', /Missing ':' after the host/],
    ['https://github.com', /no repository path/],
    ['https://user:pw@github.com/acme/shop.git', /credentials in the URL/],
    ['https://github.com/acme/my repo', /spaces/],
    ['', /Enter the repository URL/],
  ])('repo %j', (repo, message) => {
    const e = errorsOf({ repo });
    expect(Object.keys(e)).toEqual(['repo']);
    expect(e.repo).toMatch(message);
  });

  it('git:// takes no credentials', () => {
    const e = errorsOf({ repo: 'git://git.internal/acme/shop', auth: { type: 'basic', username: 'u', password: 'p' } });
    expect(e).toEqual({ 'auth.type': expect.stringMatching(/git:\/\/ repositories take no credentials/) });
  });

  it('branch and revision together: error on both fields', () => {
    const e = errorsOf({ branch: 'main', revision: 'v1.2.0' });
    expect(e).toEqual({ branch: 'Set either a branch or a revision, not both', revision: 'Set either a branch or a revision, not both' });
  });

  it.each([
    ['Shop', /lowercase/],
    ['shop_1', /contains '_'/],
    ['-shop', /start/],
    ['', /must not be empty/],
    ['a'.repeat(64), /at most 63 characters \(it has 64\).*label value/],
  ])('name %j', (name, message) => {
    const e = errorsOf({ name });
    expect(Object.keys(e)).toEqual(['name']);
    expect(e.name).toMatch(message);
  });

  it.each([
    ['branch', 'feature branch', /spaces/],
    ['branch', 'a..b', /'\.\.'/],
    ['branch', 'topic.lock', /\.lock/],
    ['revision', '-rf', /start with '-'/],
    ['revision', 'v1~2', /'~'/],
  ] as const)('%s %j', (key, value, message) => {
    const e = errorsOf({ [key]: value });
    expect(Object.keys(e)).toEqual([key]);
    expect(e[key]).toMatch(message);
  });

  it.each([
    ['5', /Add a unit, e.g. "5s"/],
    ['1d', /days \(d\) and weeks \(w\) are not supported/],
    ['2w', /not supported/],
    ['-5s', /Go duration/],
    ['1 m', /Go duration/],
    ['2562047h1s', /at most 2562047h/],
  ])('polling interval %j', (pollingInterval, message) => {
    const e = errorsOf({ pollingInterval });
    expect(Object.keys(e)).toEqual(['pollingInterval']);
    expect(e.pollingInterval).toMatch(message);
  });

  it.each([
    ['(unclosed', /Not a valid regular expression/],
    ['^https://(?=x)', /Lookahead/],
    ['(a)\\1', /Backreferences/],
  ])('helmRepoURLRegex %j', (helmRepoURLRegex, message) => {
    const e = errorsOf({ helmRepoURLRegex, helmSecretName: 'helm' });
    expect(Object.keys(e)).toEqual(['helmRepoURLRegex']);
    expect(e.helmRepoURLRegex).toMatch(message);
  });

  it('accepts Go-only regex syntax ((?i), (?P<name>)) and asks for a Helm secret', () => {
    expect(errorsOf({ helmRepoURLRegex: '(?i)^https://(?P<host>[a-z.]+)/', helmSecretName: 'helm' })).toEqual({});
    expect(errorsOf({ helmRepoURLRegex: '.*' })).toEqual({ helmRepoURLRegex: 'Only used with Helm credentials: set a Helm secret too' });
  });

  it('paths: empty entries, .. and duplicates, at their index', () => {
    expect(errorsOf({ paths: ['ok', '', '../up', 'a/../../b', 'ok'] })).toEqual({
      'paths.1': 'Enter a path or remove this entry',
      'paths.2': "Paths must stay inside the repository: '..' is not allowed",
      'paths.3': "Paths must stay inside the repository: '..' is not allowed",
      'paths.4': 'This path is listed twice',
    });
  });

  it('targets: selector syntax errors at the entry field; entries need a criterion', () => {
    const e = errorsOf({
      targets: {
        mode: 'advanced',
        entries: [
          { name: 'a', clusterName: '', clusterGroup: '', clusterSelector: 'env in (prod', clusterGroupSelector: '' },
          { name: 'b', clusterName: '', clusterGroup: '', clusterSelector: '', clusterGroupSelector: 'tier=' + 'x'.repeat(64) },
          { name: 'c', clusterName: '', clusterGroup: '', clusterSelector: '', clusterGroupSelector: '' },
          { name: 'd', clusterName: 'Bad_Name', clusterGroup: '', clusterSelector: '', clusterGroupSelector: '' },
        ],
      },
    });
    expect(Object.keys(e).sort()).toEqual([
      'targets.entries.0.clusterSelector',
      'targets.entries.1.clusterGroupSelector',
      'targets.entries.2',
      'targets.entries.3.clusterName',
    ]);
    expect(e['targets.entries.0.clusterSelector']).toMatch(/Missing '\)'/);
    expect(e['targets.entries.1.clusterGroupSelector']).toMatch(/at most 63/);
    expect(e['targets.entries.2']).toBe('Pick a cluster, a cluster group or a selector');
  });

  it('targets: advanced mode needs an entry; other modes ignore (and keep) invalid entries', () => {
    expect(errorsOf({ targets: { mode: 'advanced', entries: [] } })).toEqual({ 'targets.entries': 'Add at least one target' });
    const bad = { name: '', clusterName: 'Bad_Name', clusterGroup: '', clusterSelector: 'env in (', clusterGroupSelector: '' };
    expect(errorsOf({ targets: { mode: 'all', entries: [bad] } })).toEqual({});
  });

  it('auth: SSH key checks', () => {
    const ssh = (privateKey: string, knownHosts = '') =>
      errorsOf({ repo: 'git@github.com:acme/shop.git', auth: { type: 'ssh', privateKey, knownHosts } });
    expect(ssh(fakeOpenSshKey())).toEqual({});
    expect(ssh(FAKE_RSA_KEY)).toEqual({});
    expect(ssh('')['auth.privateKey']).toMatch(/Paste the SSH private key/);
    expect(ssh('ssh-ed25519 AAAAC3Nza user@host')['auth.privateKey']).toMatch(/public key/);
    expect(ssh(fakeOpenSshKey('aes256-ctr'))['auth.privateKey']).toMatch(/passphrase/);
    expect(ssh('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----')['auth.privateKey']).toMatch(/passphrase/);
    expect(ssh('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----')['auth.privateKey']).toMatch(/closed by/);
    expect(ssh(FAKE_CERT)['auth.privateKey']).toMatch(/certificate/);
    expect(ssh(fakeOpenSshKey(), 'github.com ssh-ed25519')['auth.knownHosts']).toMatch(/Line 1 is not a known_hosts entry/);
    expect(ssh(fakeOpenSshKey(), '# comment\n@cert-authority *.acme.io ssh-rsa AAAAB3Nz\n')).toEqual({});
  });

  it('auth: basic needs a password; auth must fit the URL kind; existing needs a valid name', () => {
    expect(errorsOf({ auth: { type: 'basic', username: 'bot', password: '' } })).toEqual({ 'auth.password': 'Enter the password or access token' });
    expect(errorsOf({ auth: { type: 'ssh', privateKey: fakeOpenSshKey(), knownHosts: '' } })['auth.type']).toMatch(/SSH repository URL/);
    expect(errorsOf({ repo: 'git@github.com:a/b', auth: { type: 'basic', username: '', password: 'pat' } })['auth.type']).toMatch(/https/);
    expect(errorsOf({ auth: { type: 'existing', secretName: '' } })['auth.secretName']).toMatch(/must not be empty/);
    expect(errorsOf({ auth: { type: 'existing', secretName: 'My.Secret' } })['auth.secretName']).toMatch(/lowercase/);
  });

  it('secret names: reserved auth names conflict only when the form creates credentials', () => {
    const auth = { type: 'basic' as const, username: 'u', password: 'p' };
    expect(errorsOf({ auth, helmSecretName: 'shop-auth', webhookSecret: 'shop-auth-3' })).toEqual({
      helmSecretName: 'Names like "shop-auth" are reserved for the Git credentials Secret this form creates',
      webhookSecret: 'Names like "shop-auth" are reserved for the Git credentials Secret this form creates',
    });
    expect(errorsOf({ auth, advanced: 'ociRegistrySecret: shop-auth\n' }).advanced).toMatch(/^ociRegistrySecret: Names like/);
    expect(errorsOf({ auth: { type: 'existing', secretName: 'shop-auth' }, helmSecretName: 'shop-auth' })).toEqual({});
  });

  it('caBundle, targetNamespace, serviceAccount', () => {
    expect(errorsOf({ caBundle: 'hello' }).caBundle).toMatch(/PEM certificates/);
    expect(errorsOf({ caBundle: FAKE_RSA_KEY }).caBundle).toMatch(/private key/);
    expect(errorsOf({ caBundle: `subject=CN=x\n${FAKE_CERT}${FAKE_CERT}` })).toEqual({});
    expect(errorsOf({ targetNamespace: 'a.b' }).targetNamespace).toMatch(/'\.'/);
    expect(errorsOf({ serviceAccount: 'SA' }).serviceAccount).toMatch(/lowercase/);
  });

  it.each([
    ['branch: dev', /Set "branch" with the form fields/],
    ['- a\n- b', /Must be a mapping/],
    ['foo: 1', /Unknown GitRepo spec field "foo"; allowed here: forceSyncGeneration/],
    ['forceSyncGeneration: -1', /^forceSyncGeneration: /],
    ['imageScanInterval: 1d', /^imageScanInterval: .*days/],
    ['bundles: [{base: x, extra: 1}]', /^bundles\.0: /],
    ['a: [', /Not valid YAML\/JSON/],
  ])('advanced %j', (advanced, message) => {
    const e = errorsOf({ advanced });
    expect(Object.keys(e)).toEqual(['advanced']);
    expect(e.advanced).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const e = errorsOf({ name: 'Bad', repo: 'ftp://x/y', branch: 'a', revision: 'b', pollingInterval: '1d' });
    expect(Object.keys(e).sort()).toEqual(['branch', 'name', 'pollingInterval', 'repo', 'revision']);
  });
});
