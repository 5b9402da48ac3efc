'use client';
// One troubleshooting finding: what is wrong, why, which objects, and the fix (one click where Fleet has one).
import Link from 'next/link';
import type { FindingOut } from '@/lib/fleet/troubleshooting/schema';
import { pageUrl } from '@/lib/http/urls';
import { ForceSyncButton } from '@/components/bundle/force-sync-button';
import { buttonClass } from '@/components/ui/button';
import { RedeployAgentsButton } from './redeploy-agents-button';
import { RecreateSecretButton } from './secret-form';

const TONE = {
  error: 'border-red-500/40 bg-red-50/60 dark:bg-red-500/5',
  warning: 'border-amber-500/40 bg-amber-50/60 dark:bg-amber-500/5',
  info: 'border-border bg-surface',
} as const;
const WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

const objectHref = (o: FindingOut['objects'][number]) => pageUrl.object(o.kind, o.namespace, o.name);

/** Backticked words in steps are commands: shown as code. */
function withCode(s: string) {
  return s.split(/(`[^`]+`)/).map((part, i) =>
    part.startsWith('`') && part.endsWith('`') ? (
      <code key={i} className="rounded bg-surface-2 px-1 font-mono text-xs">
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  );
}

export function FindingCard({ f, compact = false }: { f: FindingOut; compact?: boolean }) {
  const MAX = compact ? 6 : 30;
  return (
    <article className={`rounded-lg border p-4 ${TONE[f.severity]}`} data-testid="finding" data-detector={f.detector} data-finding={f.id}>
      <header className="flex flex-wrap items-baseline gap-2">
        <span className={`text-xs font-semibold uppercase tracking-wide ${f.severity === 'error' ? 'text-danger' : f.severity === 'warning' ? 'text-amber-700 dark:text-amber-300' : 'text-muted'}`}>
          {WORD[f.severity]}
        </span>
        <h3 className="min-w-0 break-words font-semibold" data-testid="finding-title">
          {f.title}
        </h3>
      </header>
      <p className="mt-1 break-words text-sm" data-testid="finding-explanation">
        {f.explanation}
      </p>
      {f.objects.length > 0 && (
        <details className="mt-2 text-sm" open={!compact && f.objects.length <= 8}>
          <summary className="cursor-pointer text-muted">
            {f.objects.length} object{f.objects.length === 1 ? '' : 's'} involved
          </summary>
          <ul className="mt-1 grid grid-cols-1 gap-x-4 gap-y-0.5 sm:grid-cols-2">
            {f.objects.slice(0, MAX).map((o) => {
              const href = objectHref(o);
              return (
                <li key={`${o.kind}/${o.namespace}/${o.name}`} className="min-w-0 truncate" title={`${o.kind} ${o.namespace}/${o.name}${o.note ? ` — ${o.note}` : ''}`}>
                  <span className="text-muted">{o.kind} </span>
                  {href ? (
                    <Link href={href} className="font-mono text-accent hover:underline">
                      {o.name}
                    </Link>
                  ) : (
                    <span className="font-mono">{o.name}</span>
                  )}
                  {o.note && <span className="text-muted"> — {o.note}</span>}
                </li>
              );
            })}
            {f.objects.length > MAX && <li className="text-muted">and {f.objects.length - MAX} more</li>}
          </ul>
        </details>
      )}
      {f.fix && (
        <div className="mt-3 flex flex-wrap items-center gap-3 [&_a]:whitespace-normal [&_button]:whitespace-normal" data-testid="finding-fix" data-fix={f.fix.type}>
          {f.fix.type === 'forceSync' && <ForceSyncButton workspace={f.fix.bundle.namespace} bundle={f.fix.bundle.name} before={f.fix.before} label={f.fix.label} variant="primary" />}
          {f.fix.type === 'redeployAgents' && <RedeployAgentsButton clusters={f.fix.clusters} label={f.fix.label} />}
          {f.fix.type === 'link' && (
            <>
              {f.secret && <RecreateSecretButton workspace={f.objects[0]?.namespace ?? ''} gitrepo={f.secret.gitrepo} field={f.secret.field} name={f.secret.name} />}
              <Link href={f.fix.href} className={buttonClass('secondary')}>
                {f.secret ? 'Or edit the GitRepo’s authentication' : f.fix.label}
              </Link>
            </>
          )}
          {f.fix.type === 'steps' && (
            <div className="w-full text-sm">
              <p className="font-medium">{f.fix.label}:</p>
              <ol className="mt-1 list-decimal space-y-1 pl-5" data-testid="finding-steps">
                {f.fix.steps.map((s) => (
                  <li key={s} className="break-words">{withCode(s)}</li>
                ))}
              </ol>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
