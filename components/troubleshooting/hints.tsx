'use client';
// Inline troubleshooting hints for one object's detail page. Drop in anywhere:
//   <TroubleshootingHints workspace="fleet-default" kind="GitRepo" name="my-repo" />
//   kind: 'GitRepo' | 'Bundle' | 'Cluster' | 'ClusterGroup'. Renders nothing when nothing is wrong (or on error),
//   except the result of a fix made here.
import { useLiveKinds } from '@/components/live/live-updates';
import { DETECTOR_KINDS } from '@/lib/fleet/troubleshooting/types';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { TroubleshootingSchema } from '@/lib/fleet/troubleshooting/schema';
import { apiFetch } from '@/lib/http/api-fetch';
import { FindingCard } from './finding-card';
import { FixResults } from './fix-results';

export const troubleshootingKey = (workspace: string, kind?: string, name?: string) => ['troubleshooting', workspace, kind ?? '', name ?? ''] as const;

export function TroubleshootingHints({ workspace, kind, name }: { workspace: string; kind: 'GitRepo' | 'Bundle' | 'Cluster' | 'ClusterGroup'; name: string }) {
  useLiveKinds(DETECTOR_KINDS, workspace);
  const q = useQuery({
    queryKey: troubleshootingKey(workspace, kind, name),
    queryFn: () =>
      apiFetch(`/api/w/${encodeURIComponent(workspace)}/troubleshooting?kind=${kind}&name=${encodeURIComponent(name)}`, { schema: TroubleshootingSchema }),
  });
  const findings = q.data?.findings ?? [];
  // The provider stays mounted when the last finding goes, so a fix's result stays readable.
  return (
    <FixResults>
      {findings.length > 0 && (
        <section aria-label="Troubleshooting hints" className="space-y-2" data-testid="troubleshooting-hints">
          {findings.map((f) => (
            <FindingCard key={f.id} f={f} compact />
          ))}
          <p className="text-xs text-muted">
            Detected by the dashboard.{' '}
            <Link href={`/w/${encodeURIComponent(workspace)}/troubleshooting`} className="text-accent underline">
              All troubleshooting findings
            </Link>
          </p>
        </section>
      )}
    </FixResults>
  );
}
