'use client';
// Force sync of a Bundle: spec.forceSyncGeneration + 1, after a confirmation that shows the value before and after.
// Sends the value shown; the server answers 409 if it changed meanwhile, which is shown in the dialog.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ForceSyncResultSchema } from '@/lib/fleet/rows/bundle-row';
import { apiFetch } from '@/lib/http/api-fetch';
import { queryKeys } from '@/lib/http/query-keys';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiUrl } from '@/lib/http/urls';

export function ForceSyncButton({ workspace, bundle, before, label = 'Force sync', variant = 'secondary' }: { workspace: string; bundle: string; before: number; label?: string; variant?: 'primary' | 'secondary' }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ before: number; after: number } | undefined>();
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)} data-testid="force-sync">
        {label}
      </Button>
      {done && (
        <span role="status" className="text-sm text-green-700 dark:text-green-300" data-testid="force-sync-done">
          forceSyncGeneration {done.before} → {done.after}
        </span>
      )}
      {open && (
        <ConfirmDialog
          title={`Force sync bundle ${bundle}?`}
          confirmLabel="Force sync"
          variant="primary"
          testId="force-sync-dialog"
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            const r = await apiFetch(apiUrl.bundleForceSync(workspace, bundle), {
              method: 'POST',
              body: JSON.stringify({ expected: before }),
              schema: ForceSyncResultSchema,
            });
            setDone(r);
            void qc.invalidateQueries({ queryKey: queryKeys.detail('bundles', workspace, bundle) });
            void qc.invalidateQueries({ queryKey: queryKeys.troubleshootingAll() });
          }}
        >
          <p>
            Fleet re-deploys the bundle on every cluster it targets, even though nothing changed in Git. Drift (Modified) is replaced by
            what the bundle says.
          </p>
          <table className="text-sm">
            <tbody>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal text-muted">spec.forceSyncGeneration now</th>
                <td className="font-mono" data-testid="force-sync-before">{before}</td>
              </tr>
              <tr>
                <th scope="row" className="pr-4 text-left font-normal text-muted">after</th>
                <td className="font-mono font-semibold" data-testid="force-sync-after">{before + 1}</td>
              </tr>
            </tbody>
          </table>
        </ConfirmDialog>
      )}
    </>
  );
}
