// Container paths → host directories. A pod's volumes become directories under its work dir; each container sees
// them at its own mount paths (gitjob mounts the same emptyDir at /workspace in the cloner and at /workspace/source
// in `fleet apply`), so paths in its args, env and working directory are rewritten per container.
import path from 'node:path';
import type { Container } from './types';

export interface PathMap {
  containerPath: string;
  hostPath: string;
}

export const DEFAULT_TERMINATION_MESSAGE_PATH = '/dev/termination-log';

export const volumeDir = (podDir: string, volume: string) => path.join(podDir, 'volumes', volume);
export const terminationFile = (podDir: string, container: string) => path.join(podDir, 'termination', container);
/** A container's root file system outside its mounts (only its working directory lands there). */
export const rootfsDir = (podDir: string, container: string) => path.join(podDir, 'rootfs', container);

function clean(p: string): string {
  const c = path.posix.normalize(p);
  return c.length > 1 && c.endsWith('/') ? c.slice(0, -1) : c;
}

/** The container's mounts (volume dir, or a subPath inside it) and its termination message file, longest path first. */
export function containerPaths(container: Container, podDir: string): PathMap[] {
  const maps: PathMap[] = (container.volumeMounts ?? []).map((m) => ({
    containerPath: clean(m.mountPath),
    hostPath: m.subPath ? path.join(volumeDir(podDir, m.name), m.subPath) : volumeDir(podDir, m.name),
  }));
  // The kubelet mounts a file at terminationMessagePath so that what the container writes there survives it.
  maps.push({ containerPath: clean(container.terminationMessagePath ?? DEFAULT_TERMINATION_MESSAGE_PATH), hostPath: terminationFile(podDir, container.name) });
  return maps.sort((a, b) => b.containerPath.length - a.containerPath.length);
}

/** The host path for an absolute container path under one of the mounts, else undefined. */
export function mapPath(p: string, maps: PathMap[]): string | undefined {
  if (!p.startsWith('/')) return undefined;
  const c = clean(p);
  for (const m of maps) {
    if (c === m.containerPath) return m.hostPath;
    const prefix = m.containerPath === '/' ? '/' : m.containerPath + '/';
    if (c.startsWith(prefix)) return path.join(m.hostPath, c.slice(prefix.length));
  }
  return undefined;
}

/**
 * Rewrites an argument or env value that is a container path (`/workspace`) or a flag with one (`--targets-file=/run/
 * config/targets.yaml`). Anything else (URLs, labels, relative bundle paths, paths outside every mount) is kept.
 */
export function rewrite(value: string, maps: PathMap[]): string {
  const direct = mapPath(value, maps);
  if (direct !== undefined) return direct;
  const m = /^(-{1,2}[A-Za-z0-9][\w.-]*=)(\/.*)$/.exec(value);
  if (m) {
    const mapped = mapPath(m[2]!, maps);
    if (mapped !== undefined) return m[1]! + mapped;
  }
  return value;
}

/** The host directory a container runs in: its mapped workingDir, else a directory standing for its root file system. */
export function workingDir(container: Container, podDir: string, maps: PathMap[]): string {
  const wd = container.workingDir;
  if (!wd) return rootfsDir(podDir, container.name);
  return mapPath(wd, maps) ?? path.join(rootfsDir(podDir, container.name), wd);
}

/**
 * Environment that makes programs find mounted directories at well-known paths they do not take from args: Go's
 * os.TempDir reads TMPDIR (gitjob mounts an emptyDir at /tmp), crypto/x509 reads SSL_CERT_DIR (gitjob mounts a Helm
 * secret's cacerts at /etc/ssl/certs).
 */
export function wellKnownEnv(maps: PathMap[]): Record<string, string> {
  const out: Record<string, string> = {};
  const tmp = mapPath('/tmp', maps);
  if (tmp && maps.some((m) => m.containerPath === '/tmp')) out.TMPDIR = tmp;
  if (maps.some((m) => m.containerPath === '/etc/ssl/certs')) out.SSL_CERT_DIR = mapPath('/etc/ssl/certs', maps)!;
  return out;
}

/**
 * Puts container paths back into text the container produced (its termination message), so that what gitjob copies
 * into the GitRepo's status reads as on a real node (`/workspace`), not as this machine's work dir.
 */
export function unmapText(text: string, container: Container, podDir: string): string {
  const maps = containerPaths(container, podDir).sort((a, b) => b.hostPath.length - a.hostPath.length);
  let out = text;
  for (const m of maps) out = out.split(m.hostPath).join(m.containerPath);
  const root = rootfsDir(podDir, container.name);
  return out.split(root + '/').join('/').split(root).join('/');
}
