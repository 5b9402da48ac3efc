'use client';
// Editable YAML: a monospace textarea with line numbers and the parse/validation error under it.
// The owner decides what the text means (parse on change, apply on blur, …).
import { useRef, type ReactNode } from 'react';

export function YamlEditor({
  value, onChange, error, label, rows = 24, describedBy, testId, footer,
}: {
  value: string;
  onChange: (text: string) => void;
  error?: string;
  label: string;
  rows?: number;
  describedBy?: string;
  testId?: string;
  footer?: ReactNode;
}) {
  const gutter = useRef<HTMLDivElement>(null);
  const lines = Math.max(value.split('\n').length, rows);
  return (
    <div className="flex flex-col gap-1">
      <div className={`flex overflow-hidden rounded-lg border bg-surface ${error ? 'border-danger' : 'border-border'}`}>
        <div ref={gutter} aria-hidden="true" className="select-none overflow-hidden border-r border-border bg-surface-2 px-2 py-2 text-right font-mono text-xs leading-5 text-muted" style={{ height: `${rows * 1.25 + 1}rem` }}>
          {Array.from({ length: lines }, (_, i) => (
            <div key={i}>{i + 1}</div>
          ))}
        </div>
        <textarea
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          value={value}
          rows={rows}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            // Tab inserts two spaces (YAML forbids tabs); Shift+Tab / Escape still leave the field.
            if (e.key === 'Tab' && !e.shiftKey) {
              e.preventDefault();
              const t = e.currentTarget;
              const { selectionStart: s, selectionEnd: end } = t;
              const next = `${value.slice(0, s)}  ${value.slice(end)}`;
              onChange(next);
              requestAnimationFrame(() => t.setSelectionRange(s + 2, s + 2));
            }
          }}
          className="min-w-0 flex-1 resize-none bg-transparent px-3 py-2 font-mono text-xs leading-5 text-fg outline-none"
          style={{ height: `${rows * 1.25 + 1}rem` }}
        />
      </div>
      {error && (
        <p role="alert" className="text-xs font-medium text-danger" data-testid="yaml-error">
          {error}
        </p>
      )}
      {footer}
    </div>
  );
}
