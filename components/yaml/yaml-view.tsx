'use client';
// Read-only YAML with copy and download. Plain <pre>: no highlighter dependency, selectable text.
import { CopyButton } from '@/components/copy-button';

export function downloadText(filename: string, text: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function YamlView({ text, label, filename, maxHeight = '32rem', testId }: { text: string; label: string; filename?: string; maxHeight?: string; testId?: string }) {
  return (
    <figure className="overflow-hidden rounded-lg border border-border bg-surface">
      <figcaption className="flex items-center justify-between gap-2 border-b border-border bg-surface-2 px-3 py-1.5 text-xs text-muted">
        <span>{label}</span>
        <span className="flex items-center gap-2">
          <CopyButton value={text} label={label} />
          {filename && (
            <button type="button" className="text-accent underline" onClick={() => downloadText(filename, text)}>
              Download
            </button>
          )}
        </span>
      </figcaption>
      <pre className="overflow-auto p-3 font-mono text-xs leading-5" style={{ maxHeight }} tabIndex={0} data-testid={testId}>
        {text}
      </pre>
    </figure>
  );
}
