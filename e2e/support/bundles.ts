// Helpers for the bundles / overview / troubleshooting specs: admin reads and writes against the real API server
// (the kubeconfig the web server uses), and the seed's live mode as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { kube, kubeconfigPath } from './k8s';

export { kube };

export const fleet = (ws: string, plural: string, name?: string) => `/apis/fleet.cattle.io/v1alpha1/namespaces/${ws}/${plural}${name ? `/${name}` : ''}`;

export async function list<T = { metadata: { name: string } }>(ws: string, plural: string): Promise<T[]> {
  const r = await kube<{ items: T[] }>('GET', fleet(ws, plural));
  if (r.status !== 200) throw new Error(`list ${plural} in ${ws}: ${r.status}`);
  return r.body.items;
}

/** Runs the seed's live mode for `seconds` against the same API server (KUBECONFIG from the env). */
export function startLiveSeed(seconds: number): ChildProcess {
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn('bash', [path.join(root, 'scripts/node.sh'), path.join(root, 'scripts/seed/main.ts'), '--live', '--live-seconds', String(seconds), '--live-interval-ms', '700'], {
    cwd: root,
    env: { ...process.env, KUBECONFIG: kubeconfigPath() },
    stdio: 'ignore',
  });
  return child;
}

export function stopChild(child: ChildProcess | undefined): void {
  if (child && child.exitCode === null && child.pid) child.kill('SIGTERM');
}
