'use client';
// YAML tab: the exact HelmOp a save sends; edits here update the form. Says which Secret is created with it.
import type { HelmSecretManifest } from '@/lib/fleet/forms';
import { YamlEditor } from '@/components/yaml/yaml-editor';

export function HelmOpYamlTab({ mode, text, error, onChange, secrets }: { mode: 'create' | 'edit'; text: string; error: string; onChange: (text: string) => void; secrets: HelmSecretManifest[] }) {
  const s = secrets[0];
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted" id="yaml-help">
        The exact HelmOp that {mode === 'create' ? 'will be created' : 'will replace the current one'}. Edits here update the form
        {mode === 'edit' ? '; labels, annotations and the name come from the stored object' : ''}.
      </p>
      <YamlEditor value={text} onChange={onChange} error={error} label="HelmOp YAML" describedBy="yaml-help" testId="yaml-editor" />
      {s && (
        <p className="text-sm text-muted" data-testid="yaml-secret-note">
          Also created, after the HelmOp and owned by it: Secret <span className="font-mono">{s.metadata.name}</span> of type <span className="font-mono">{s.type}</span> with keys{' '}
          {Object.keys(s.stringData).join(', ')} (values never shown).
        </p>
      )}
    </div>
  );
}
