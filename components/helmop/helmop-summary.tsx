// What a HelmOp deploys and how Fleet handles it: the chart source, the version story (asked → resolved by Fleet →
// deployed, pinned or not, polling), values, release, targets in words, namespaces, credentials, flags, generation.
import type { ReactNode } from 'react';
import type { HelmOp } from '@/lib/fleet/kinds/helmop';
import type { HelmOpVersionInfo } from '@/lib/fleet/rows/helmop-detail';
import { sourceFromHelm } from '@/lib/fleet/forms';
import { RelativeTime } from '@/components/relative-time';
import { Mono, SummarySection } from '@/components/detail/summary-list';
import { targetsRows } from '@/components/detail/targets-rows';

const ASKED_WORDS: Record<HelmOpVersionInfo['askedKind'], string> = {
  latest: 'latest stable version',
  exact: 'exact version (pinned)',
  range: 'version range',
  archive: 'chart archive (no version)',
};

const none = (key: string, text: string) => <span key={key} className="text-muted">{text}</span>;

function sourceRows(h: HelmOp): [string, ReactNode][] {
  const s = sourceFromHelm(h.spec.helm);
  switch (s.type) {
    case 'repo':
      return [['Source', 'Chart repository'], ['Repository', <Mono key="r" copy={s.repo}>{s.repo}</Mono>], ['Chart', <Mono key="c">{s.chart}</Mono>]];
    case 'oci':
      return [['Source', 'OCI registry'], ['Reference', <Mono key="r" copy={s.reference}>{s.reference}</Mono>]];
    case 'tarball':
      return [['Source', 'Chart archive URL'], ['Archive', <Mono key="r" copy={s.url}>{s.url}</Mono>]];
  }
}

export function HelmOpSummary({ h, version }: { h: HelmOp; version: HelmOpVersionInfo }) {
  const s = h.spec;
  const st = h.status;
  const helm = s.helm ?? {};
  const values = helm.values && Object.keys(helm.values).length;
  const flags = [
    s.paused && 'Paused',
    s.keepResources && 'Keep resources on delete',
    s.correctDrift?.enabled && `Correct drift${s.correctDrift.force ? ' (force)' : ''}${s.correctDrift.keepFailHistory ? ' (keep fail history)' : ''}`,
    s.insecureSkipTLSVerify && 'Skip TLS verification',
  ].filter(Boolean) as string[];
  const rows: [string, ReactNode][] = [
    ...sourceRows(h),
    [
      'Version asked',
      version.askedKind === 'archive' ? (
        ASKED_WORDS.archive
      ) : (
        <span key="va">
          {version.asked ? <Mono>{version.asked}</Mono> : null} <span className="text-muted">{ASKED_WORDS[version.askedKind]}</span>
        </span>
      ),
    ],
    ['Version resolved', version.resolved ? <Mono key="vr">{version.resolved}</Mono> : none('vr', 'not resolved yet (Fleet reports it in status.version)')],
    ['Version deployed', version.deployed ? <Mono key="vd">{version.deployed}</Mono> : none('vd', version.resolved ? 'not Ready on every targeted cluster yet' : '—')],
    [
      'Polling',
      version.polls ? (
        <span key="p">
          Every <Mono>{version.pollingInterval}</Mono>
          {version.lastPolled && (
            <>
              , last <RelativeTime iso={version.lastPolled} />
            </>
          )}
        </span>
      ) : (
        <span key="p" className="text-muted">{version.notPollingBecause ?? 'off'}</span>
      ),
    ],
    ['Release name', helm.releaseName ? <Mono key="rn">{helm.releaseName}</Mono> : none('rn', 'chosen by Fleet')],
    ['Values', values ? `${values} top-level key${values === 1 ? '' : 's'}` : none('v', 'chart defaults')],
    ...(helm.valuesFrom?.length ? ([['Values from', `${helm.valuesFrom.length} ConfigMap/Secret reference${helm.valuesFrom.length === 1 ? '' : 's'}`]] as [string, ReactNode][]) : []),
    ...targetsRows(s.targets, st),
    ['Default namespace', s.defaultNamespace ? <Mono key="dn">{s.defaultNamespace}</Mono> : none('dn', 'default')],
    ['Target namespace', s.namespace ? <Mono key="n">{s.namespace}</Mono> : none('n', 'as in the chart')],
    ['Service account', s.serviceAccount ? <Mono key="sa">{s.serviceAccount}</Mono> : none('sa', 'agent default')],
    ['Credentials', s.helmSecretName ? <span key="cr">Secret <Mono>{s.helmSecretName}</Mono></span> : none('cr', 'none')],
    ['Flags', flags.length ? flags.join(' · ') : none('f', 'none')],
    // Fleet's HelmOp status has no observedGeneration (v0.16.0 helmop_types.go), so only the spec's counters.
    ['Generation', `${h.metadata.generation ?? '?'} (forceSyncGeneration ${s.forceSyncGeneration ?? 0})`],
    ['Created', <RelativeTime key="ct" iso={h.metadata.creationTimestamp ?? undefined} />],
  ];
  return <SummarySection rows={rows} />;
}
