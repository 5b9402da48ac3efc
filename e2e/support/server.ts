// A second dashboard process for the tests that need one (another replica, auth-proxy mode): `next start` of the same
// build on its own port, with the environment given; stopped by the returned function.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const root = path.resolve(__dirname, '..', '..');
  const child: ChildProcess = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, KUBECONFIG: process.env.KUBECONFIG ?? path.join(root, '.cache', 'kubeconfig'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the dashboard on port ${port} exited: ${log.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/health`)).status < 500) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the dashboard on port ${port} did not start within 60 s: ${log.slice(-2000)}`);
}
