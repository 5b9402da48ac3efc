import { describe, expect, it } from 'vitest';
import { fieldErrors } from './gitrepo-form';
import { cloneHelmOpForm } from './helmop-clone';
import { formToHelmOp, hasTargetCustomisations, helmOpToForm, yamlToHelmOpForm, helmOpToYaml } from './helmop-convert';
import { emptyHelmOpForm, helmOpNotes, HelmOpFormSchema, type HelmOpForm, type HelmOpFormInput } from './helmop-form';
import { helmOpSecretsForForm, redactHelmOpForm, staleHelmAuthSecret, withHelmOpOwner } from './helmop-secrets';
import { FAKE_CERT } from './testdata';

const errorsOf = (input: HelmOpFormInput) => {
  const r = HelmOpFormSchema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};
const valid = (over: Partial<HelmOpForm> = {}): HelmOpForm => ({
  ...emptyHelmOpForm(),
  name: 'hello',
  source: { type: 'repo', repo: 'https://charts.example.com', chart: 'hello', version: '^0.1' },
  ...over,
});

describe('HelmOpFormSchema', () => {
  it('accepts each of the three source shapes', () => {
    expect(errorsOf(valid())).toEqual({});
    expect(errorsOf(valid({ source: { type: 'oci', reference: 'oci://ghcr.io/acme/charts/hello', version: '1.2.3' } }))).toEqual({});
    expect(errorsOf(valid({ source: { type: 'tarball', url: 'https://example.com/hello-0.1.0.tgz' } }))).toEqual({});
  });

  it('places source errors beside the field that is wrong', () => {
    expect(errorsOf(valid({ source: { type: 'repo', repo: 'oci://ghcr.io/x/y', chart: 'a/b', version: 'latest' } }))).toEqual({
      'source.repo': 'This is an OCI reference: choose "OCI registry" as the source',
      'source.chart': 'Enter only the chart name (e.g. nginx), not repo/chart: the repository is the URL above',
      'source.version': expect.stringMatching(/Not a version/),
    });
    expect(errorsOf(valid({ source: { type: 'oci', reference: 'oci://ghcr.io/acme/hello:1.0', version: '' } }))['source.reference']).toBe(
      'Put the tag in the version field, not in the reference',
    );
    expect(errorsOf(valid({ source: { type: 'tarball', url: 'https://example.com/hello.tar.gz' } }))['source.url']).toMatch(/must end with \.tgz/);
    expect(errorsOf(valid({ source: { type: 'repo', repo: 'https://user:pw@charts.example.com', chart: 'x', version: '' } }))['source.repo']).toMatch(/credentials/);
  });

  it('checks values YAML, valuesFrom references, names and durations', () => {
    const e = errorsOf(
      valid({
        name: 'Bad_Name',
        values: '- a\n- b\n',
        valuesFrom: [
          { kind: 'configMap', name: 'vals', key: '', namespace: '' },
          { kind: 'configMap', name: 'vals', key: 'values.yaml', namespace: '' },
          { kind: 'secret', name: 'ok', key: 'bad key', namespace: 'Not_NS' },
        ],
        releaseName: 'x'.repeat(54),
        pollingInterval: '1d',
      }),
    );
    expect(e.name).toBeDefined();
    expect(e.values).toBe('Values must be a mapping (key: value), not a list or a single value');
    expect(e['valuesFrom.1.name']).toBe('This reference is listed twice');
    expect(e['valuesFrom.2.key']).toMatch(/Keys use/);
    expect(e['valuesFrom.2.namespace']).toBeDefined();
    expect(e.releaseName).toMatch(/at most 53/);
    expect(e.pollingInterval).toMatch(/Go duration/);
    expect(errorsOf(valid({ values: 'a: [' })).values).toMatch(/^Not valid YAML/);
  });

  it('refuses a CA bundle with an existing Secret and polling for an archive', () => {
    const e = errorsOf(
      valid({ source: { type: 'tarball', url: 'https://e.com/a.tgz' }, auth: { type: 'existing', secretName: 's' }, caBundle: FAKE_CERT, pollingInterval: '5m' }),
    );
    expect(e.caBundle).toMatch(/stored in the credentials Secret/);
    expect(e.pollingInterval).toMatch(/no versions to poll/);
  });

  it('uses the shared target editor checks', () => {
    const e = errorsOf(valid({ targets: { mode: 'advanced', entries: [{ name: '', clusterName: '', clusterGroup: '', clusterSelector: 'env in (', clusterGroupSelector: '' }] } }));
    expect(e['targets.entries.0.clusterSelector']).toBeDefined();
  });

  it('notes settings Fleet ignores', () => {
    expect(helmOpNotes(valid({ source: { type: 'repo', repo: 'https://c.example.com', chart: 'x', version: '1.0.0' }, pollingInterval: '5m' }))[0]).toMatch(/no effect/);
    expect(helmOpNotes(valid())[0]).toMatch(/resolves the version range once/);
    expect(helmOpNotes(valid({ pollingInterval: '5m' }))).toEqual([]);
  });
});

describe('HelmOp form ⇄ object', () => {
  it('builds the spec Fleet expects for each source and reads it back', () => {
    const form = valid({
      values: 'replicas: 2\n',
      valuesFrom: [{ kind: 'secret', name: 'vals', key: '', namespace: 'apps' }],
      releaseName: 'hello-rel',
      defaultNamespace: 'apps',
      serviceAccount: 'deployer',
      pollingInterval: '1m',
      auth: { type: 'basic', username: 'u', password: 'p' },
      correctDrift: { enabled: true, force: false, keepFailHistory: false },
      keepResources: true,
    });
    const obj = formToHelmOp(form, { namespace: 'fleet-default' });
    expect(obj.spec).toEqual({
      helm: {
        repo: 'https://charts.example.com',
        chart: 'hello',
        version: '^0.1',
        values: { replicas: 2 },
        valuesFrom: [{ secretKeyRef: { name: 'vals', namespace: 'apps' } }],
        releaseName: 'hello-rel',
      },
      helmSecretName: 'hello-helm-auth',
      defaultNamespace: 'apps',
      serviceAccount: 'deployer',
      pollingInterval: '1m',
      keepResources: true,
      correctDrift: { enabled: true },
      targets: [{ name: 'all', clusterSelector: {} }],
    });
    const back = helmOpToForm(obj);
    expect(back).toEqual({ ...form, values: 'replicas: 2\n', auth: { type: 'existing', secretName: 'hello-helm-auth' } });

    expect(formToHelmOp(valid({ source: { type: 'oci', reference: 'oci://r.example.com/c/hello', version: '' } }), { namespace: 'ns' }).spec.helm).toEqual({
      repo: 'oci://r.example.com/c/hello',
    });
    const tgz = formToHelmOp(valid({ source: { type: 'tarball', url: 'https://e.com/a-1.0.0.tgz' } }), { namespace: 'ns' });
    expect(tgz.spec.helm).toEqual({ chart: 'https://e.com/a-1.0.0.tgz' });
    expect(helmOpToForm(tgz).source).toEqual({ type: 'tarball', url: 'https://e.com/a-1.0.0.tgz' });
  });

  it('keeps what the form does not show on edit, including customised targets while unchanged', () => {
    const existing = {
      metadata: { name: 'hello', namespace: 'ns', generation: 3, resourceVersion: '42', finalizers: ['fleet.cattle.io/helmop-finalizer'] },
      spec: {
        helm: { repo: 'https://c.example.com', chart: 'hello', version: '0.1.0', atomic: true },
        rolloutStrategy: { maxUnavailable: '10%' },
        targets: [{ name: 'prod', clusterGroup: 'prod', helm: { values: { replicas: 3 } } }],
        helmSecretName: 'hello-helm-auth',
      },
    };
    expect(hasTargetCustomisations(existing.spec)).toBe(true);
    const form = helmOpToForm(existing);
    form.source = { type: 'repo', repo: 'https://c.example.com', chart: 'hello', version: '0.2.0' };
    const out = formToHelmOp(form, { namespace: 'ns', existing });
    expect(out.metadata).toEqual({ name: 'hello', namespace: 'ns', resourceVersion: '42', finalizers: ['fleet.cattle.io/helmop-finalizer'] });
    expect(out.spec.helm).toEqual({ repo: 'https://c.example.com', chart: 'hello', version: '0.2.0', atomic: true });
    expect(out.spec.rolloutStrategy).toEqual({ maxUnavailable: '10%' });
    expect(out.spec.targets).toEqual(existing.spec.targets);
    form.targets = { mode: 'all', entries: [] };
    expect(formToHelmOp(form, { namespace: 'ns', existing }).spec.targets).toEqual([{ name: 'all', clusterSelector: {} }]);
    // New typed credentials get a new Secret name; the old form-made one becomes stale.
    form.auth = { type: 'basic', username: 'u', password: 'p2' };
    const edited = formToHelmOp(form, { namespace: 'ns', existing });
    expect(edited.spec.helmSecretName).toBe('hello-helm-auth-4');
    expect(staleHelmAuthSecret(existing, edited)).toBe('hello-helm-auth');
    expect(staleHelmAuthSecret({ ...existing, spec: { ...existing.spec, helmSecretName: 'hand-made' } }, edited)).toBeUndefined();
  });

  it('round-trips through the YAML tab and rejects other kinds', () => {
    const form = valid({ auth: { type: 'basic', username: 'u', password: 'secret' } });
    const text = helmOpToYaml(formToHelmOp(form, { namespace: 'ns' }));
    expect(text).not.toContain('secret\n');
    const r = yamlToHelmOpForm(text, form);
    expect(r.ok && r.form).toEqual(form);
    expect(yamlToHelmOpForm('kind: GitRepo\nmetadata: {name: a}\nspec: {}\n')).toEqual({ ok: false, error: 'kind must be HelmOp, not GitRepo' });
    expect(yamlToHelmOpForm('a: [').ok).toBe(false);
  });

  it('names a .tgz URL typed as the chart name as a second source', () => {
    const r = HelmOpFormSchema.safeParse(valid({ source: { type: 'repo', repo: 'https://c.example.com', chart: 'https://c.example.com/x-1.0.0.tgz', version: '' } }));
    expect(r.error?.issues.find((i) => i.path.join('.') === 'source.chart')?.message).toMatch(/choose "Chart archive URL"/);
  });

  it('refuses YAML naming two chart sources, as Fleet\'s validate does', () => {
    const y = (helm: string) => yamlToHelmOpForm(`kind: HelmOp\nmetadata: {name: a}\nspec:\n  helm: ${helm}\n`);
    expect(y('{repo: "https://c.example.com", chart: "https://c.example.com/x-1.0.0.tgz"}')).toEqual({ ok: false, error: expect.stringMatching(/cannot also have a repo/) });
    expect(y('{repo: "oci://r.example.com/charts/x", chart: "x"}')).toEqual({ ok: false, error: expect.stringMatching(/cannot also have a chart/) });
    expect(y('{chart: "https://c.example.com/x.tgz", version: "1.0.0"}')).toEqual({ ok: false, error: expect.stringMatching(/has no version/) });
    expect(y('{repo: "https://c.example.com"}')).toEqual({ ok: false, error: expect.stringMatching(/needs the chart name/) });
    expect(y('{repo: "https://c.example.com", chart: "x", version: "^1"}').ok).toBe(true);
  });
});

describe('HelmOp credentials Secret', () => {
  it('holds the keys Fleet reads, typed by content, owned by the HelmOp', () => {
    const [s] = helmOpSecretsForForm(valid({ auth: { type: 'basic', username: 'u', password: 'p' }, caBundle: FAKE_CERT, insecureSkipTLSVerify: true }), 'ns');
    expect(s!.type).toBe('kubernetes.io/basic-auth');
    expect(s!.metadata.name).toBe('hello-helm-auth');
    expect(Object.keys(s!.stringData)).toEqual(['username', 'password', 'cacerts']);
    const [ca] = helmOpSecretsForForm(valid({ caBundle: FAKE_CERT }), 'ns');
    expect(ca!.type).toBe('Opaque');
    expect(Object.keys(ca!.stringData)).toEqual(['cacerts']);
    expect(helmOpSecretsForForm(valid(), 'ns')).toEqual([]);
    expect(helmOpSecretsForForm(valid({ auth: { type: 'existing', secretName: 'x' } }), 'ns')).toEqual([]);
    expect(withHelmOpOwner(s!, { metadata: { name: 'hello', uid: 'u1' } }).metadata.ownerReferences).toEqual([
      { apiVersion: 'fleet.cattle.io/v1alpha1', kind: 'HelmOp', name: 'hello', uid: 'u1' },
    ]);
    expect(() => withHelmOpOwner(s!, { metadata: { name: 'hello' } })).toThrow(/no uid/);
    const red = redactHelmOpForm(valid({ auth: { type: 'basic', username: 'u', password: 'p' }, caBundle: FAKE_CERT }));
    expect(JSON.stringify(red)).not.toContain('"p"');
  });

  it('clone drops name, release name and credentials, and says so', () => {
    const typed = cloneHelmOpForm(valid({ releaseName: 'rel', auth: { type: 'basic', username: 'u', password: 'p' } }));
    expect(typed.form.name).toBe('');
    expect(typed.form.auth).toEqual({ type: 'none' });
    expect(typed.notes).toHaveLength(2);
    const owned = cloneHelmOpForm(valid({ auth: { type: 'existing', secretName: 'hello-helm-auth' } }));
    expect(owned.form.auth).toEqual({ type: 'basic', username: '', password: '' });
    const shared = cloneHelmOpForm(valid({ auth: { type: 'existing', secretName: 'team-charts' } }));
    expect(shared.form.auth).toEqual({ type: 'existing', secretName: 'team-charts' });
    expect(shared.notes).toEqual([]);
  });
});
