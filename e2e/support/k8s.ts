// Reads the test instance's kubeconfig (KUBECONFIG, as the web server gets it) so tests can compute
// what they expect from the real API server instead of hard-coding seed data.
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { parse } from 'yaml';

interface KubeconfigFile {
  clusters: { name: string; cluster: { server: string; 'certificate-authority-data'?: string; 'certificate-authority'?: string } }[];
  users: { name: string; user: { token?: string } }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
}

export function kubeconfigPath(): string {
  return path.resolve(process.env.KUBECONFIG ?? '.cache/kubeconfig');
}

function load(): KubeconfigFile {
  return parse(fs.readFileSync(kubeconfigPath(), 'utf8')) as KubeconfigFile;
}

/** The static bearer token of a kubeconfig context (admin, operator, viewer). */
export function tokenFor(context: string): string {
  const kc = load();
  const ctx = kc.contexts.find((c) => c.name === context);
  const token = kc.users.find((u) => u.name === ctx?.context.user)?.user.token;
  if (!token) throw new Error(`no token for context ${context} in ${kubeconfigPath()}`);
  return token;
}

async function get<T>(context: string, apiPath: string): Promise<T> {
  const kc = load();
  const ctx = kc.contexts.find((c) => c.name === context);
  const cluster = kc.clusters.find((c) => c.name === ctx?.context.cluster)?.cluster;
  if (!cluster) throw new Error(`no cluster for context ${context}`);
  const ca = cluster['certificate-authority-data']
    ? Buffer.from(cluster['certificate-authority-data'], 'base64')
    : cluster['certificate-authority']
      ? fs.readFileSync(cluster['certificate-authority'])
      : undefined;
  const url = new URL(cluster.server.replace(/\/$/, '') + apiPath);
  return new Promise<T>((resolve, reject) => {
    const req = https.request(url, { ca, headers: { authorization: `Bearer ${tokenFor(context)}`, accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`GET ${apiPath} as ${context}: ${res.statusCode} ${text.slice(0, 300)}`));
        else resolve(JSON.parse(text) as T);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Names of the GitRepos in a workspace, as the admin sees them, sorted. */
export async function gitRepoNames(workspace: string): Promise<string[]> {
  const list = await get<{ items: { metadata: { name: string } }[] }>('admin', `/apis/fleet.cattle.io/v1alpha1/namespaces/${workspace}/gitrepos`);
  return list.items.map((i) => i.metadata.name).sort();
}
