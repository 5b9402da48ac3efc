'use client';
// A label selector typed in kubectl's string form (env=prod,region in (eu,us),!legacy). Parsed as you
// type by lib/fleet/selector; the error shows beside the input and only valid text is handed on.
import { useEffect, useId, useState } from 'react';
import { parseSelector } from '@/lib/fleet/selector';
import { inputClass } from '@/components/ui/field';

export function SelectorInput({
  value, onChange, serverError, label = 'Label selector', placeholder = 'env=prod,region in (eu-west,us-east),!legacy',
}: { value: string; onChange: (v: string) => void; serverError?: string; label?: string; placeholder?: string }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const parsed = text.trim() ? parseSelector(text.trim()) : ({ ok: true } as const);
  const error = !parsed.ok ? parsed.error : serverError;
  useEffect(() => {
    if (text === value || !parsed.ok) return;
    const t = setTimeout(() => onChange(text.trim()), 350);
    return () => clearTimeout(t);
  }, [text, value, parsed.ok, onChange]);
  return (
    <div className="flex min-w-[14rem] flex-1 flex-col gap-1 text-sm sm:max-w-md">
      <label htmlFor={id} className="text-muted">
        {label}
      </label>
      <input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && parsed.ok) onChange(text.trim());
        }}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className={`${inputClass} font-mono`}
        data-testid="selector-input"
      />
      {error && (
        <p id={`${id}-err`} className="text-xs font-medium text-danger" data-testid="selector-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
