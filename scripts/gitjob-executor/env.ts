// A container's environment as the kubelet builds it (pkg/kubelet/kubelet_pods.go, makeEnvironmentVariables): envFrom
// first, then env in order, values expanded with $(VAR) against what came before, valueFrom resolved from Secrets,
// ConfigMaps and the pod's own fields. Service links (KUBERNETES_SERVICE_HOST, ...) are deliberately never set: with
// them the fleet CLI would look for an in-cluster config.
import type { Container, KeyData, Pod } from './types';

export interface Lookup {
  configMap(name: string): KeyData | undefined;
  secret(name: string): KeyData | undefined;
}

export interface Refs {
  configMaps: Set<string>;
  secrets: Set<string>;
}

/** ConfigMaps and Secrets the containers' env and envFrom read. */
export function envRefs(containers: Container[], into: Refs = { configMaps: new Set(), secrets: new Set() }): Refs {
  for (const c of containers) {
    for (const e of c.env ?? []) {
      if (e.valueFrom?.configMapKeyRef) into.configMaps.add(e.valueFrom.configMapKeyRef.name);
      if (e.valueFrom?.secretKeyRef) into.secrets.add(e.valueFrom.secretKeyRef.name);
    }
    for (const f of c.envFrom ?? []) {
      if (f.configMapRef) into.configMaps.add(f.configMapRef.name);
      if (f.secretRef) into.secrets.add(f.secretRef.name);
    }
  }
  return into;
}

/** A downward API field of the pod (the subset the kubelet supports for env and volumes). The host IP stands for the pod IP: the commands run in the host's network. */
export function fieldRefValue(pod: Pod, fieldPath: string, hostIP: string): string | undefined {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2]!] ?? '';
  switch (fieldPath) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid ?? '';
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP':
    case 'status.hostIPs':
    case 'status.podIP':
    case 'status.podIPs':
      return hostIP;
    default:
      return undefined;
  }
}

/** Kubernetes' $(VAR) expansion (third_party/forked/golang/expansion): $$ escapes, unknown references stay as written. */
export function expand(input: string, vars: Map<string, string>): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch !== '$' || i + 1 >= input.length) {
      out += ch;
      continue;
    }
    const next = input[i + 1]!;
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close === -1) {
        out += input.slice(i);
        break;
      }
      const name = input.slice(i + 2, close);
      out += vars.has(name) ? vars.get(name)! : `$(${name})`;
      i = close;
    } else out += ch;
  }
  return out;
}

export type EnvResult = { env: Map<string, string> } | { error: string };

/** The container's declared environment, or the error the kubelet reports as CreateContainerConfigError. */
export function resolveEnv(pod: Pod, container: Container, lookup: Lookup, hostIP: string): EnvResult {
  const ns = pod.metadata.namespace ?? '';
  const env = new Map<string, string>();
  for (const f of container.envFrom ?? []) {
    const ref = f.configMapRef ?? f.secretRef;
    if (!ref) continue;
    const kind = f.configMapRef ? 'configmap' : 'secret';
    const data = f.configMapRef ? lookup.configMap(ref.name) : lookup.secret(ref.name);
    if (!data) {
      if (ref.optional) continue;
      return { error: `${kind} "${ref.name}" not found` };
    }
    for (const [k, v] of data) env.set((f.prefix ?? '') + k, v.toString('utf8'));
  }
  for (const e of container.env ?? []) {
    const from = e.valueFrom;
    if (!from) {
      env.set(e.name, expand(e.value ?? '', env));
      continue;
    }
    const sel = from.secretKeyRef ?? from.configMapKeyRef;
    if (sel) {
      const isSecret = !!from.secretKeyRef;
      const data = isSecret ? lookup.secret(sel.name) : lookup.configMap(sel.name);
      if (!data) {
        if (sel.optional) continue;
        return { error: `${isSecret ? 'secret' : 'configmap'} "${sel.name}" not found` };
      }
      const v = data.get(sel.key);
      if (v === undefined) {
        if (sel.optional) continue;
        return { error: `couldn't find key ${sel.key} in ${isSecret ? 'Secret' : 'ConfigMap'} ${ns}/${sel.name}` };
      }
      env.set(e.name, v.toString('utf8'));
    } else if (from.fieldRef) {
      const v = fieldRefValue(pod, from.fieldRef.fieldPath, hostIP);
      if (v === undefined) return { error: `unsupported fieldPath ${from.fieldRef.fieldPath} in env ${e.name}` };
      env.set(e.name, v);
    } else if (from.resourceFieldRef) {
      return { error: `resourceFieldRef in env ${e.name} is not supported by gitjob-executor` };
    }
  }
  return { env };
}
