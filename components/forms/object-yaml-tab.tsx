'use client';
// YAML tab of a kind's form (GitRepo, HelmOp): the exact object a save sends; edits here update the form. Says which
// Secret is created with it (its keys only: values are never shown).
import { YamlEditor } from '@/components/yaml/yaml-editor';

type SecretShown = { metadata: { name: string }; type?: string; stringData?: Record<string, string> };

export function ObjectYamlTab({
  kind, mode, text, error, onChange, secrets,
}: {
  kind: 'GitRepo' | 'HelmOp';
  mode: 'create' | 'edit';
  text: string;
  error: string;
  onChange: (text: string) => void;
  secrets: SecretShown[];
}) {
  const s = secrets[0];
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted" id="yaml-help">
        The exact {kind} that {mode === 'create' ? 'will be created' : 'will replace the current one'}. Edits here update the form
        {mode === 'edit' ? '; labels, annotations and the name come from the stored object' : ''}.
      </p>
      <YamlEditor value={text} onChange={onChange} error={error} label={`${kind} YAML`} describedBy="yaml-help" testId="yaml-editor" />
      {s && (
        <p className="text-sm text-muted" data-testid="yaml-secret-note">
          Also created, after the {kind} and owned by it: Secret <span className="font-mono">{s.metadata.name}</span> of type <span className="font-mono">{s.type}</span> with keys{' '}
          {Object.keys(s.stringData ?? {}).join(', ')} (values never shown).
        </p>
      )}
    </div>
  );
}
