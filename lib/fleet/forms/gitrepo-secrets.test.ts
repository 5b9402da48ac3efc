import { describe, expect, it } from 'vitest';
import { GitRepoSchema } from '../kinds/gitrepo';
import { cloneForm } from './gitrepo-clone';
import { formToGitRepo } from './gitrepo-convert';
import { emptyGitRepoForm, type GitRepoForm } from './gitrepo-form';
import { authSecretSelector, redact, redactSecret, secretsForForm, staleAuthSecret, withOwner } from './gitrepo-secrets';
import { fakeOpenSshKey, fullForm, KNOWN_HOSTS } from './testdata';

const NS = 'fleet-default';
const labels = { 'app.kubernetes.io/managed-by': 'fleet-dashboard', 'fleet-dashboard/gitrepo': 'shop', 'fleet-dashboard/purpose': 'git-auth' };
const withAuth = (auth: GitRepoForm['auth']): GitRepoForm => ({ ...emptyGitRepoForm(), name: 'shop', repo: 'https://github.com/acme/shop.git', auth });

describe('secretsForForm', () => {
  it('basic auth → kubernetes.io/basic-auth named as clientSecretName', () => {
    const form = withAuth({ type: 'basic', username: 'bot', password: 's3cret' });
    expect(secretsForForm(form, NS)).toEqual([
      { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/basic-auth', metadata: { name: 'shop-auth', namespace: NS, labels }, stringData: { username: 'bot', password: 's3cret' } },
    ]);
    expect(formToGitRepo(form, { namespace: NS }).spec.clientSecretName).toBe('shop-auth');
  });

  it('token without username: only the password key', () => {
    expect(secretsForForm(withAuth({ type: 'basic', username: '', password: 'ghp_x' }), NS)[0]?.stringData).toEqual({ password: 'ghp_x' });
  });

  it('ssh auth → kubernetes.io/ssh-auth with ssh-privatekey (final newline) and optional known_hosts', () => {
    const key = fakeOpenSshKey().trimEnd();
    const [s] = secretsForForm(withAuth({ type: 'ssh', privateKey: key, knownHosts: KNOWN_HOSTS }), NS);
    expect(s?.type).toBe('kubernetes.io/ssh-auth');
    expect(s?.stringData).toEqual({ 'ssh-privatekey': `${key}\n`, known_hosts: KNOWN_HOSTS });
    const [t] = secretsForForm(withAuth({ type: 'ssh', privateKey: key, knownHosts: '  ' }), NS);
    expect(Object.keys(t?.stringData ?? {})).toEqual(['ssh-privatekey']);
  });

  it('none and existing create nothing', () => {
    expect(secretsForForm(withAuth({ type: 'none' }), NS)).toEqual([]);
    expect(secretsForForm(withAuth({ type: 'existing', secretName: 'x' }), NS)).toEqual([]);
  });

  it('edit: the new secret name matches the object and the old form-made secret becomes stale', () => {
    const existing = GitRepoSchema.parse({ metadata: { name: 'shop', generation: 3 }, spec: { repo: 'x', clientSecretName: 'shop-auth' } });
    const form = withAuth({ type: 'basic', username: 'u', password: 'p' });
    const obj = formToGitRepo(form, { namespace: NS, existing });
    expect(secretsForForm(form, NS, existing)[0]?.metadata.name).toBe(obj.spec.clientSecretName);
    expect(obj.spec.clientSecretName).toBe('shop-auth-4');
    expect(staleAuthSecret(existing, obj)).toBe('shop-auth');
    expect(staleAuthSecret(existing, { spec: { clientSecretName: 'shop-auth' } })).toBeUndefined();
    const foreign = GitRepoSchema.parse({ metadata: { name: 'shop' }, spec: { repo: 'x', clientSecretName: 'team-creds' } });
    expect(staleAuthSecret(foreign, obj)).toBeUndefined();
  });

  it('withOwner points at the created GitRepo by uid', () => {
    const [s] = secretsForForm(withAuth({ type: 'basic', username: 'u', password: 'p' }), NS);
    expect(withOwner(s!, { metadata: { name: 'shop', uid: 'abc' } }).metadata.ownerReferences).toEqual([
      { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'GitRepo', name: 'shop', uid: 'abc' },
    ]);
    expect(() => withOwner(s!, { metadata: { name: 'shop' } })).toThrow(/uid/);
    expect(authSecretSelector('shop')).toBe('app.kubernetes.io/managed-by=fleet-dashboard,fleet-dashboard/gitrepo=shop,fleet-dashboard/purpose=git-auth');
  });
});

describe('redact', () => {
  it('replaces password and private key, leaves the original alone', () => {
    const basic = withAuth({ type: 'basic', username: 'bot', password: 's3cret' });
    expect(redact(basic).auth).toEqual({ type: 'basic', username: 'bot', password: '[redacted]' });
    expect(basic.auth).toEqual({ type: 'basic', username: 'bot', password: 's3cret' });
    const ssh = fullForm();
    const r = JSON.stringify(redact(ssh));
    expect(r).not.toContain('OPENSSH PRIVATE KEY');
    expect(r).toContain('[redacted]');
    const [secret] = secretsForForm(basic, NS);
    expect(JSON.stringify(redactSecret(secret!))).not.toContain('s3cret');
  });
});

describe('cloneForm', () => {
  it('empties the name, drops typed credentials with a note, keeps the rest', () => {
    const { form, notes } = cloneForm(fullForm());
    expect(form).toEqual({ ...fullForm(), name: '', auth: { type: 'none' } });
    expect(notes).toEqual(['Credentials are not copied: choose Git authentication again.']);
  });

  it('keeps a shared existing secret, but not the one made for the source GitRepo', () => {
    expect(cloneForm(withAuth({ type: 'existing', secretName: 'team-creds' }))).toEqual({
      form: { ...withAuth({ type: 'existing', secretName: 'team-creds' }), name: '' },
      notes: [],
    });
    const { form, notes } = cloneForm(withAuth({ type: 'existing', secretName: 'shop-auth-4' }));
    expect(form.auth).toEqual({ type: 'basic', username: '', password: '' });
    expect(notes[0]).toMatch(/created for "shop" and is deleted with it/);
    const ssh = { ...withAuth({ type: 'existing', secretName: 'shop-auth' }), repo: 'git@github.com:acme/shop.git' };
    expect(cloneForm(ssh).form.auth).toEqual({ type: 'ssh', privateKey: '', knownHosts: '' });
  });

  it('drops forceSyncGeneration from the advanced text, keeping comments and other keys', () => {
    const src = { ...withAuth({ type: 'none' }), advanced: '# scan\nimageScanInterval: 5m\nforceSyncGeneration: 4\n' };
    expect(cloneForm(src).form.advanced).toBe('# scan\nimageScanInterval: 5m\n');
    expect(cloneForm({ ...src, advanced: 'forceSyncGeneration: 4\n' }).form.advanced).toBe('');
  });
});
