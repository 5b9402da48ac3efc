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

function load(file = kubeconfigPath()): KubeconfigFile {
  return parse(fs.readFileSync(file, 'utf8')) as KubeconfigFile;
}

/** The static bearer token of a kubeconfig context (admin, operator, viewer). */
export function tokenFor(context: string, file?: string): string {
  const kc = load(file);
  const ctx = kc.contexts.find((c) => c.name === context);
  const token = kc.users.find((u) => u.name === ctx?.context.user)?.user.token;
  if (!token) throw new Error(`no token for context ${context} in ${file ?? kubeconfigPath()}`);
  return token;
}

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * One request to the API server as a kubeconfig context; answers status and parsed body (no throw on 4xx).
 * `file` names another kubeconfig (a downstream cluster's), default KUBECONFIG.
 */
export function kube<T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  apiPath: string,
  body?: unknown,
  context = 'admin',
  file?: string,
): Promise<ApiAnswer<T>> {
  const kc = load(file);
  const ctx = kc.contexts.find((c) => c.name === context);
  const cluster = kc.clusters.find((c) => c.name === ctx?.context.cluster)?.cluster;
  if (!cluster) throw new Error(`no cluster for context ${context}`);
  const ca = cluster['certificate-authority-data']
    ? Buffer.from(cluster['certificate-authority-data'], 'base64')
    : cluster['certificate-authority']
      ? fs.readFileSync(cluster['certificate-authority'])
      : undefined;
  const url = new URL(cluster.server.replace(/\/$/, '') + apiPath);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(context, file)}`, accept: 'application/json' };
  if (payload) headers['content-type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, ca, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = {};
        try {
          parsed = text ? JSON.parse(text) : {};
        } catch {
          parsed = { text };
        }
        resolve({ status: res.statusCode ?? 0, body: parsed as T });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function get<T>(context: string, apiPath: string): Promise<T> {
  const r = await kube<T>('GET', apiPath, undefined, context);
  if (r.status >= 300) throw new Error(`GET ${apiPath} as ${context}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

/** Names of the GitRepos in a workspace, as the admin sees them, sorted. */
export async function gitRepoNames(workspace: string): Promise<string[]> {
  const list = await get<{ items: { metadata: { name: string } }[] }>('admin', `/apis/fleet.cattle.io/v1alpha1/namespaces/${workspace}/gitrepos`);
  return list.items.map((i) => i.metadata.name).sort();
}
