'use client';
// Moving clusters to another workspace, where this Fleet installation can (Rancher's way); otherwise why not.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '@/lib/http/query-keys';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { moveInfo } from '../cluster-api';
import { NameList, plural } from './dialog-parts';

/** Move: asks the server whether Rancher's way is available; if not, says why and what to do instead. */
export function MoveDialog({
  probe, names, workspaces, from, onMove, onClose,
}: { probe: { namespace: string; name: string }; names: string[]; workspaces: string[]; from: string; onMove: (to: string) => void; onClose: () => void }) {
  const info = useQuery({ queryKey: queryKeys.clusterMove(probe.namespace), queryFn: () => moveInfo(probe.namespace, probe.name), staleTime: 60_000 });
  const [to, setTo] = useState('');
  const [tried, setTried] = useState(false);
  const targets = workspaces.filter((w) => w !== from);
  const possible = info.data?.possible === true;
  return (
    <Dialog
      title={`Move ${names.length === 1 ? names[0] : plural(names.length, 'cluster')} to another workspace`}
      onClose={onClose}
      testId="move-dialog"
      footer={
        <>
          <Button onClick={onClose}>{possible ? 'Cancel' : 'Close'}</Button>
          {possible && (
            <Button
              variant="primary"
              onClick={() => {
                setTried(true);
                if (to) onMove(to);
              }}
              data-testid="dialog-submit"
            >
              Move
            </Button>
          )}
        </>
      }
    >
      {info.isLoading ? (
        <p aria-busy="true">Checking whether clusters can be moved here…</p>
      ) : info.isError ? (
        <p role="alert" className="text-danger">{info.error.message}</p>
      ) : !possible ? (
        <div role="note" className="space-y-2" data-testid="move-not-possible">
          <p className="font-medium">This Fleet installation cannot move clusters between workspaces.</p>
          <p>{info.data?.reason}</p>
        </div>
      ) : (
        <div className="space-y-3">
          <p>Rancher moves each cluster by setting its management cluster&apos;s workspace; Fleet then re-creates the Cluster in the new workspace.</p>
          <NameList names={names} />
          <Field label="Move to" error={tried && !to ? 'Pick a workspace' : undefined}>
            <select className={inputClass} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">Choose…</option>
              {targets.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
    </Dialog>
  );
}
