'use client';
// Accessible tabs (WAI-ARIA tablist, arrow keys move between tabs). Controlled: the owner keeps the
// selected id (e.g. in the URL), so content state outside the tabs survives switching.
import { useId, useRef, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: ReactNode;
  /** e.g. an error count badge shown after the label. */
  badge?: ReactNode;
}

export function Tabs({
  tabs, selected, onSelect, label, children,
}: { tabs: TabItem[]; selected: string; onSelect: (id: string) => void; label: string; children: ReactNode }) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (i: number) => {
    const n = tabs.length;
    const t = tabs[((i % n) + n) % n];
    if (!t) return;
    onSelect(t.id);
    refs.current[((i % n) + n) % n]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="relative flex gap-1 overflow-x-auto border-b border-border">
        {tabs.map((t, i) => {
          const on = t.id === selected;
          return (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="tab"
              type="button"
              id={`${base}-tab-${t.id}`}
              aria-selected={on}
              aria-controls={`${base}-panel`}
              tabIndex={on ? 0 : -1}
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight') move(i + 1);
                else if (e.key === 'ArrowLeft') move(i - 1);
                else if (e.key === 'Home') move(0);
                else if (e.key === 'End') move(tabs.length - 1);
              }}
              className={`-mb-px inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-3 py-2 text-sm ${
                on ? 'border-accent font-semibold text-fg' : 'border-transparent text-muted hover:text-fg'
              }`}
            >
              {t.label}
              {t.badge}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${selected}`} className="pt-4">
        {children}
      </div>
    </div>
  );
}
