// The Node the executor stands for, and its heartbeat objects (a Node Ready condition and a Lease in kube-node-lease),
// shaped as the kubelet registers them (pkg/kubelet/kubelet_node_status.go, nodelease).
export const LEASE_DURATION_SECONDS = 40;

/** coordination.k8s.io MicroTime: RFC 3339 with microseconds. */
export const microTime = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

export function readyCondition(now: string) {
  return {
    type: 'Ready',
    status: 'True',
    reason: 'KubeletReady',
    message: 'gitjob-executor is posting ready status',
    lastHeartbeatTime: now,
    lastTransitionTime: now,
  };
}

/** The node's labels: the kubelet's well-known ones plus `extra` (--node-labels). */
export function nodeLabels(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': process.arch === 'arm64' ? 'arm64' : 'amd64', 'kubernetes.io/hostname': name, ...extra };
}

export function nodeObject(name: string, labels: Record<string, string>, hostIP: string, now: string) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels },
    spec: {},
    status: nodeStatus(hostIP, now),
  };
}

export function nodeStatus(hostIP: string, now: string) {
  return {
    conditions: [readyCondition(now)],
    addresses: [{ type: 'InternalIP', address: hostIP }, { type: 'Hostname', address: 'localhost' }],
    capacity: { cpu: '2', memory: '4Gi', pods: '2' },
    allocatable: { cpu: '2', memory: '4Gi', pods: '2' },
    nodeInfo: { operatingSystem: 'linux', architecture: process.arch, kubeletVersion: 'gitjob-executor', containerRuntimeVersion: 'gitjob-executor://local-process', kernelVersion: '', osImage: '', kubeProxyVersion: '', machineID: '', systemUUID: '', bootID: '' },
  };
}

export function leaseObject(node: string, nodeUid: string, now: Date) {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: node, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node, uid: nodeUid }] },
    spec: { holderIdentity: node, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: microTime(now) },
  };
}
