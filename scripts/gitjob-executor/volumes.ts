// The files a pod's volumes hold, as the kubelet's volume plugins project them (pkg/volume/util/atomic_writer.go's
// payloads, without its ..data symlink dance): emptyDir, configMap, secret, downwardAPI and projected (incl. the
// ServiceAccount token), honouring items, mode, defaultMode (default 0644) and optional. Pure: the I/O layer fetches
// the objects and writes the files.
import path from 'node:path';
import { fieldRefValue, type Lookup, type Refs } from './env';
import type { DownwardAPIVolumeFile, KeyData, KeyToPath, Pod, Volume } from './types';

export const DEFAULT_MODE = 0o644;

export interface FileOut {
  path: string; // relative to the volume's directory
  data: Buffer;
  mode: number;
}

export interface VolumeContext extends Lookup {
  pod: Pod;
  hostIP: string;
  /** The pod's ServiceAccount token (from a TokenRequest), for serviceAccountToken projections. */
  token: string;
}

/** ConfigMaps and Secrets the volumes read, and whether any needs a ServiceAccount token. */
export function volumeRefs(volumes: Volume[], into: Refs = { configMaps: new Set(), secrets: new Set() }): Refs {
  for (const v of volumes) {
    if (v.configMap) into.configMaps.add(v.configMap.name);
    if (v.secret) into.secrets.add(v.secret.secretName);
    for (const s of v.projected?.sources ?? []) {
      if (s.configMap) into.configMaps.add(s.configMap.name);
      if (s.secret) into.secrets.add(s.secret.name);
    }
  }
  return into;
}

function safeRelative(p: string): boolean {
  const n = path.posix.normalize(p);
  return !path.posix.isAbsolute(n) && n !== '..' && !n.startsWith('../') && n !== '.';
}

/** Keys of a ConfigMap or Secret as files: every key, or only `items` (key → path, own mode). */
function keyFiles(what: string, data: KeyData | undefined, items: KeyToPath[] | undefined, optional: boolean | undefined, mode: number): FileOut[] | string {
  if (!data) return optional ? [] : `${what} not found`;
  if (!items?.length) return [...data].map(([k, v]) => ({ path: k, data: v, mode }));
  const out: FileOut[] = [];
  for (const it of items) {
    const v = data.get(it.key);
    if (v === undefined) {
      if (optional) continue;
      return `${what} references non-existent key: ${it.key}`;
    }
    out.push({ path: it.path, data: v, mode: it.mode ?? mode });
  }
  return out;
}

function downwardFiles(items: DownwardAPIVolumeFile[] | undefined, ctx: VolumeContext, mode: number): FileOut[] | string {
  const out: FileOut[] = [];
  for (const it of items ?? []) {
    if (!it.fieldRef) return `downwardAPI item ${it.path}: only fieldRef is supported by gitjob-executor`;
    const v = fieldRefValue(ctx.pod, it.fieldRef.fieldPath, ctx.hostIP);
    if (v === undefined) return `downwardAPI item ${it.path}: unsupported fieldPath ${it.fieldRef.fieldPath}`;
    out.push({ path: it.path, data: Buffer.from(v), mode: it.mode ?? mode });
  }
  return out;
}

/** The files of one volume (none for emptyDir), or an error in the kubelet's words (a mount that cannot be set up). */
export function volumeFiles(v: Volume, ctx: VolumeContext): { files: FileOut[] } | { error: string } {
  let r: FileOut[] | string;
  if (v.emptyDir) r = [];
  else if (v.configMap) r = keyFiles(`configmap "${v.configMap.name}"`, ctx.configMap(v.configMap.name), v.configMap.items, v.configMap.optional, v.configMap.defaultMode ?? DEFAULT_MODE);
  else if (v.secret) r = keyFiles(`secret "${v.secret.secretName}"`, ctx.secret(v.secret.secretName), v.secret.items, v.secret.optional, v.secret.defaultMode ?? DEFAULT_MODE);
  else if (v.downwardAPI) r = downwardFiles(v.downwardAPI.items, ctx, v.downwardAPI.defaultMode ?? DEFAULT_MODE);
  else if (v.projected) {
    const mode = v.projected.defaultMode ?? DEFAULT_MODE;
    r = [];
    for (const s of v.projected.sources ?? []) {
      let part: FileOut[] | string;
      if (s.configMap) part = keyFiles(`configmap "${s.configMap.name}"`, ctx.configMap(s.configMap.name), s.configMap.items, s.configMap.optional, mode);
      else if (s.secret) part = keyFiles(`secret "${s.secret.name}"`, ctx.secret(s.secret.name), s.secret.items, s.secret.optional, mode);
      else if (s.downwardAPI) part = downwardFiles(s.downwardAPI.items, ctx, mode);
      else if (s.serviceAccountToken) part = [{ path: s.serviceAccountToken.path, data: Buffer.from(ctx.token), mode }];
      else part = `projected source ${Object.keys(s).join(',')} is not supported by gitjob-executor`;
      if (typeof part === 'string') {
        r = part;
        break;
      }
      r.push(...part);
    }
  } else {
    const kind = Object.keys(v).filter((k) => k !== 'name');
    r = `volume type ${kind.join(',') || '(none)'} is not supported by gitjob-executor`;
  }
  if (typeof r === 'string') return { error: `MountVolume.SetUp failed for volume "${v.name}" : ${r}` };
  const bad = r.find((f) => !safeRelative(f.path));
  if (bad) return { error: `MountVolume.SetUp failed for volume "${v.name}" : invalid path ${bad.path}` };
  return { files: r };
}
