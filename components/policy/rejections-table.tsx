// The objects Fleet reports as rejected by policy: what, Fleet's reason in a sentence, and which Policy rejects it.
import Link from 'next/link';
import type { z } from 'zod';
import type { RejectionSchema } from '@/lib/fleet/rows/policy-row';
import { pageUrl } from '@/lib/http/urls';
import { SimpleTable, Td } from '@/components/ui/simple-table';

type Rejection = z.infer<typeof RejectionSchema>;

const link = (r: Rejection) => (r.kind === 'GitRepo' ? pageUrl.gitrepo(r.namespace, r.name) : r.kind === 'Bundle' ? pageUrl.bundle(r.namespace, r.name) : undefined);

export function RejectionsTable({ rows, unreadable, empty }: { rows: Rejection[]; unreadable: string[]; empty: string }) {
  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="text-sm text-muted" data-testid="no-rejections">{empty}</p>
      ) : (
        <SimpleTable head={['Object', 'Why Fleet rejects it', 'Rejected by']} testId="rejections">
          {rows.map((r) => {
            const href = link(r);
            return (
              <tr key={`${r.kind}/${r.namespace}/${r.name}`} className="border-t border-border" data-testid="rejection-row" data-name={r.name}>
                <Td>
                  <span className="text-xs text-muted">{r.kind} </span>
                  {href ? (
                    <Link href={href} className="font-mono text-accent hover:underline">
                      {r.name}
                    </Link>
                  ) : (
                    <span className="font-mono">{r.name}</span>
                  )}
                </Td>
                <Td className="max-w-xl">
                  <div data-testid="rejection-sentence">{r.sentence}</div>
                  <div className="mt-0.5 break-words font-mono text-xs text-muted">{r.message}</div>
                </Td>
                <Td className="text-xs">
                  {r.policies.length > 0 ? (
                    r.policies.map((p) => (
                      <Link key={p} href={pageUrl.policy(r.namespace, p)} className="mr-2 font-mono text-accent hover:underline">
                        {p}
                      </Link>
                    ))
                  ) : (
                    <span className="text-muted">the Policies together, or a GitRepoRestriction</span>
                  )}
                </Td>
              </tr>
            );
          })}
        </SimpleTable>
      )}
      {unreadable.length > 0 && <p className="text-xs text-muted">Not checked: {unreadable.join(', ')}s (you may not list them here).</p>}
    </div>
  );
}
