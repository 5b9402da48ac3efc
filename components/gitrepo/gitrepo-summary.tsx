// What a GitRepo points at and how Fleet handles it: repository, branch or revision, commit, paths, targets in
// words, namespace, service account, polling, credentials, flags, generation.
import type { ReactNode } from 'react';
import type { GitRepo } from '@/lib/fleet/kinds/gitrepo';
import { isGitRepoPinned, UNPIN_BRANCH_ANNOTATION } from '@/lib/fleet/pin';
import { branchWords } from './pin-dialogs';
import { RelativeTime } from '@/components/relative-time';
import { Mono, SummarySection } from '@/components/detail/summary-list';
import { targetsRows } from '@/components/detail/targets-rows';

export function GitRepoSummary({ g }: { g: GitRepo }) {
  const s = g.spec;
  const st = g.status;
  const flags = [
    s.paused && 'Paused',
    s.keepResources && 'Keep resources on delete',
    s.deleteNamespace && 'Delete namespace on delete',
    s.correctDrift?.enabled && `Correct drift${s.correctDrift.force ? ' (force)' : ''}${s.correctDrift.keepFailHistory ? ' (keep fail history)' : ''}`,
    s.insecureSkipTLSVerify && 'Skip TLS verification',
    s.caBundle && 'Custom CA bundle',
  ].filter(Boolean) as string[];
  const rows: [string, ReactNode][] = [
    ['Repository', <Mono key="r" copy={s.repo}>{s.repo}</Mono>],
    [
      'Branch / revision',
      isGitRepoPinned(g) ? (
        <span key="b">
          pinned to <Mono>{s.revision}</Mono> <span className="text-muted">(Unpin returns to {branchWords(g.metadata.annotations?.[UNPIN_BRANCH_ANNOTATION] || undefined)})</span>
        </span>
      ) : s.revision ? (
        <span key="b">revision <Mono>{s.revision}</Mono></span>
      ) : s.branch ? (
        <Mono key="b">{s.branch}</Mono>
      ) : (
        <span key="b" className="text-muted">default branch</span>
      ),
    ],
    ['Commit', st?.commit ? <Mono key="c" copy={st.commit}>{st.commit}</Mono> : <span key="c" className="text-muted">not read yet</span>],
    [
      'Paths',
      s.paths?.length ? (
        <ul key="p" className="flex flex-wrap gap-x-3 gap-y-1">
          {s.paths.map((p) => (
            <li key={p}>
              <Mono>{p}</Mono>
            </li>
          ))}
        </ul>
      ) : (
        <span key="p" className="text-muted">whole repository</span>
      ),
    ],
    ...targetsRows(s.targets, st),
    ['Target namespace', s.targetNamespace ? <Mono key="n">{s.targetNamespace}</Mono> : <span key="n" className="text-muted">as in the manifests</span>],
    ['Service account', s.serviceAccount ? <Mono key="sa">{s.serviceAccount}</Mono> : <span key="sa" className="text-muted">agent default</span>],
    [
      'Polling',
      s.disablePolling
        ? `Disabled${s.webhookSecret ? ' (webhook)' : ''}`
        : `Every ${s.pollingInterval || '15s (default)'}${s.webhookSecret ? ', plus webhook' : ''}`,
    ],
    ['Credentials', s.clientSecretName ? <span key="cr">Secret <Mono>{s.clientSecretName}</Mono></span> : <span key="cr" className="text-muted">none</span>],
    ...(s.helmSecretName || s.helmSecretNameForPaths
      ? ([['Helm credentials', <span key="h">{[s.helmSecretName, s.helmSecretNameForPaths].filter(Boolean).join(', ')}{s.helmRepoURLRegex ? ` for ${s.helmRepoURLRegex}` : ''}</span>]] as [string, ReactNode][])
      : []),
    ['Flags', flags.length ? flags.join(' · ') : <span key="f" className="text-muted">none</span>],
    ['Generation', `${g.metadata.generation ?? '?'} (observed ${st?.observedGeneration ?? '—'}; forceSyncGeneration ${s.forceSyncGeneration ?? 0})`],
    ['Created', <RelativeTime key="ct" iso={g.metadata.creationTimestamp ?? undefined} />],
  ];
  return <SummarySection rows={rows} />;
}
