// Kubernetes Events about seeded objects, written as Fleet v0.16.0's gitops controller records them: the
// events.k8s.io/v1 recorder (mgr.GetEventRecorder("fleet-gitops") in internal/cmd/controller/gitops/operator.go),
// Eventf(gitrepo, nil, type, reason, action, note) in gitops/reconciler/gitjob_controller.go (JobDeleted /
// DeleteJob) and polling_job.go (FailedToCheckCommit / CheckCommit). A repeated event is one object with a series.
// The API server drops Events after --event-ttl (1 hour by default), so each seed writes them afresh.
import { request, KubeError, type KubeTarget } from './client';
import * as F from './fixtures';

const micro = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

interface SeedEvent {
  kind: 'GitRepo' | 'Bundle' | 'Cluster';
  plural: string;
  ws: string;
  name: string;
  type: 'Normal' | 'Warning';
  reason: string;
  action: string;
  note: string;
  controller: string;
  agoSec: number;
  /** Times seen (a series when > 1), the last one agoSec ago. */
  count?: number;
}

const EVENTS: SeedEvent[] = [
  { kind: 'GitRepo', plural: 'gitrepos', ws: F.WS_DEFAULT, name: F.EVENTS_GITREPO, type: 'Normal', reason: F.EVENT_NORMAL_REASON, action: 'DeleteJob', note: 'job deletion triggered because job succeeded', controller: 'fleet-gitops', agoSec: 1800 },
  {
    kind: 'GitRepo', plural: 'gitrepos', ws: F.WS_DEFAULT, name: F.EVENTS_GITREPO, type: 'Warning', reason: F.EVENT_WARNING_REASON, action: 'CheckCommit',
    note: `failed to get the git credentials: secrets "${F.MISSING_SECRET}" not found`, controller: 'fleet-gitops', agoSec: 60, count: 12,
  },
  { kind: 'GitRepo', plural: 'gitrepos', ws: F.WS_DEFAULT, name: F.GITREPO_MANIFESTS, type: 'Normal', reason: F.EVENT_NORMAL_REASON, action: 'DeleteJob', note: 'job deletion triggered because job succeeded', controller: 'fleet-gitops', agoSec: 600 },
];

export async function seedEvents(k: KubeTarget, nowMs: number): Promise<number> {
  let n = 0;
  for (const e of EVENTS) {
    const list = `/apis/events.k8s.io/v1/namespaces/${e.ws}/events`;
    const name = `${e.name}.seed-${e.reason.toLowerCase()}`;
    let uid: string | undefined;
    try {
      uid = (await request<{ metadata: { uid: string } }>(k, 'GET', `/apis/fleet.cattle.io/v1alpha1/namespaces/${e.ws}/${e.plural}/${e.name}`)).metadata.uid;
    } catch (err) {
      if (err instanceof KubeError && err.status === 404) continue; // not part of this seed
      throw err;
    }
    await request(k, 'DELETE', `${list}/${name}`).catch((err: unknown) => {
      if (!(err instanceof KubeError && err.status === 404)) throw err;
    });
    const last = nowMs - e.agoSec * 1000;
    const first = e.count && e.count > 1 ? last - (e.count - 1) * 300_000 : last;
    await request(k, 'POST', list, {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name, namespace: e.ws, annotations: { 'fleet-dashboard.dev/seeded': 'true' } },
      eventTime: micro(first),
      ...(e.count && e.count > 1 ? { series: { count: e.count, lastObservedTime: micro(last) } } : {}),
      reportingController: e.controller,
      reportingInstance: `${e.controller}-seed`,
      action: e.action,
      reason: e.reason,
      regarding: { apiVersion: 'fleet.cattle.io/v1alpha1', kind: e.kind, namespace: e.ws, name: e.name, uid },
      note: e.note,
      type: e.type,
    });
    n++;
  }
  return n;
}
