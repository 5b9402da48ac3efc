'use client';
// Inline troubleshooting hints for one object's detail page. Drop in anywhere:
//   <TroubleshootingHints workspace="fleet-default" kind="GitRepo" name="my-repo" />
//   kind: 'GitRepo' | 'Bundle' | 'Cluster' | 'ClusterGroup'. Renders nothing when nothing is wrong (or on error),
//   except the result of a fix made here.
import Link from 'next/link';
import type { FindingKind } from '@/lib/http/query-keys';
import { pageUrl } from '@/lib/http/urls';
import { useFindings } from './use-findings';
import { FindingCard } from './finding-card';
import { FixResults } from './fix-results';

export function TroubleshootingHints({ workspace, kind, name }: { workspace: string; kind: FindingKind; name: string }) {
  const q = useFindings(workspace, { kind, name });
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
            <Link href={pageUrl.troubleshooting(workspace)} className="text-accent underline">
              All troubleshooting findings
            </Link>
          </p>
        </section>
      )}
    </FixResults>
  );
}
