'use client';
// What a one-click fix did, shown above the findings: a fix usually makes its own finding disappear (the live
// stream re-runs the checks), and its result must not disappear with it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { BulkResults, type BulkItemResult } from '@/components/ui/bulk-results';
import { Notice } from '@/components/ui/panels';

type FixResult = { title: string; results: BulkItemResult[] } | { text: string };
type Report = (r: FixResult) => void;

const ReportContext = createContext<Report>(() => {});

export const useReportFix = (): Report => useContext(ReportContext);

export function FixResults({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<{ id: number; r: FixResult }[]>([]);
  const report = useCallback<Report>((r) => setShown((prev) => [...prev, { id: Date.now() + Math.random(), r }]), []);
  const dismiss = (id: number) => setShown((prev) => prev.filter((x) => x.id !== id));
  return (
    <ReportContext.Provider value={report}>
      {shown.length > 0 && (
        <div className="space-y-2" data-testid="fix-results">
          {shown.map(({ id, r }) =>
            'text' in r ? (
              <Notice key={id} ok onDismiss={() => dismiss(id)}>
                {r.text}
              </Notice>
            ) : (
              <BulkResults key={id} title={r.title} results={r.results} onDismiss={() => dismiss(id)} />
            ),
          )}
        </div>
      )}
      {children}
    </ReportContext.Provider>
  );
}
