'use client';
// Create or edit a Policy: every field of POLICY_FIELDS with its plain-language explanation as the hint; lists
// are one input per entry. Checked by PolicyFormSchema here and again by the API route (422 beside the fields);
// edits carry the resourceVersion they were loaded with (409 in words).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { PolicyFormSchema, emptyPolicyForm, type PolicyForm as FormValues } from '@/lib/fleet/forms/policy-form';
import { POLICY_FIELDS, POLICY_OVERVIEW, type FieldExplanation } from '@/lib/fleet/policy/explain';
import { queryKeys } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { useZodForm } from '@/components/forms/use-zod-form';
import { Section } from '@/components/gitrepo/form/form-section';
import { Button, buttonClass } from '@/components/ui/button';
import { CheckField, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/panels';
import { PageHeader } from '@/components/ui/page-header';
import { createPolicy, updatePolicy } from './policy-api';
import { getField, setField } from './policy-fields';

const GROUPS: { title: string; prefix: string }[] = [
  { title: 'Every GitRepo, HelmOp and Bundle', prefix: '' },
  { title: 'GitRepos', prefix: 'gitRepo.' },
  { title: 'HelmOps', prefix: 'helmOp.' },
];

function ListField({ f, values, onChange, e }: { f: FieldExplanation; values: string[]; onChange: (v: string[]) => void; e: (k: string) => string | undefined }) {
  const pattern = /Patterns$/.test(f.path);
  return (
    <fieldset className="space-y-2 text-sm" data-testid={`list-${f.path}`}>
      <legend className="font-medium">{f.label}</legend>
      {e(f.path) && <p className="text-xs font-medium text-danger" data-testid="field-error">{e(f.path)}</p>}
      {values.map((v, i) => (
        <div key={i} className="flex items-start gap-2">
          <Field label={<span className="sr-only">{`${f.label} ${i + 1}`}</span>} error={e(`${f.path}.${i}`)} className="flex-1">
            <input className={`${inputClass} font-mono`} value={v} onChange={(ev) => onChange(values.map((x, j) => (j === i ? ev.target.value : x)))} autoComplete="off" spellCheck={false} />
          </Field>
          <Button size="sm" variant="ghost" onClick={() => onChange(values.filter((_, j) => j !== i))} aria-label={`Remove ${f.label} ${i + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...values, ''])}>
        Add {pattern ? 'pattern' : 'name'}
      </Button>
      <p className="text-xs text-muted">{f.help}</p>
    </fieldset>
  );
}

export function PolicyForm({ workspace, existing }: { workspace: string; existing?: { form: FormValues; resourceVersion: string } }) {
  const router = useRouter();
  const qc = useQueryClient();
  const fm = useZodForm(PolicyFormSchema, existing?.form ?? emptyPolicyForm());
  const { form, update, e } = fm;

  const save = () =>
    fm.submit(async (values) => {
      if (existing) await updatePolicy(workspace, values.name, values, existing.resourceVersion);
      else await createPolicy(workspace, values);
      await qc.invalidateQueries({ queryKey: queryKeys.policies(workspace) });
      await qc.invalidateQueries({ queryKey: queryKeys.policy(workspace, values.name) });
      router.push(pageUrl.policy(workspace, values.name));
    });

  const input = (f: FieldExplanation) => {
    const v = getField(form, f.path);
    const set = (x: string | boolean | string[]) => update(setField(form, f.path, x), [f.path]);
    if (typeof v === 'boolean') return <CheckField key={f.path} label={f.label} hint={f.help} checked={v} onChange={set} error={e(f.path)} name={f.path} />;
    if (Array.isArray(v)) return <ListField key={f.path} f={f} values={v} onChange={set} e={e} />;
    return (
      <Field key={f.path} label={f.label} hint={f.help} error={e(f.path)}>
        <input className={`${inputClass} font-mono`} value={v} onChange={(ev) => set(ev.target.value)} autoComplete="off" data-testid={`input-${f.path}`} />
      </Field>
    );
  };

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <PageHeader
        breadcrumb={{ href: pageUrl.policies(workspace), parent: 'Policies', current: existing ? form.name : 'new', mono: !!existing }}
        title={existing ? `Edit Policy ${form.name}` : `Create a Policy in ${workspace}`}
      />
      <p className="max-w-4xl text-sm text-muted">{POLICY_OVERVIEW}</p>
      {fm.message && (
        <Notice ok={false}>
          {fm.message.text}
          {fm.message.status === 409 && existing && ' Reload to see the other change (what you typed stays here until you do).'}
        </Notice>
      )}
      <form
        className="max-w-4xl space-y-4"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save();
        }}
      >
        {!existing && (
          <Section title="Name">
            <Field label="Name" required error={e('name')} hint="Lower case letters, digits, '-' and '.'. Defaults of several Policies: the first by name wins.">
              <input className={`${inputClass} font-mono`} value={form.name} onChange={(ev) => update({ name: ev.target.value })} autoComplete="off" data-testid="policy-name" />
            </Field>
          </Section>
        )}
        {GROUPS.map((g) => (
          <Section key={g.title} title={g.title}>
            <div className="grid gap-4 md:grid-cols-2">{POLICY_FIELDS.filter((f) => (g.prefix ? f.path.startsWith(g.prefix) : !f.path.includes('.'))).map(input)}</div>
          </Section>
        ))}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" busy={fm.busy} data-testid="policy-submit">
            {existing ? 'Save' : 'Create Policy'}
          </Button>
          <Link href={existing ? pageUrl.policy(workspace, form.name) : pageUrl.policies(workspace)} className={buttonClass('secondary')}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
