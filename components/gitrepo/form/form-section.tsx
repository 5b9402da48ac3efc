// What every tab of the GitRepo form gets, and the bordered, titled group of fields each tab is made of.
import type { ReactNode } from 'react';
import type { GitRepoForm as FormValues } from '@/lib/fleet/forms';

export type TabProps = {
  form: FormValues;
  update: (patch: Partial<FormValues>, keys?: string[]) => void;
  e: (k: string) => string | undefined;
};

export function Section({ title, children, hint }: { title: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {hint && <p className="text-xs text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}
