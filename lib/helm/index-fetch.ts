// Server-side lookup of a Helm chart repository's index.yaml, to list a chart's versions in the
// HelmOp form. The URL comes from the person, so this is a request-forgery risk; it runs under
// explicit limits: http(s) only; every address the host resolves to must be public (address-policy.ts,
// private ranges only via FLEETDASH_HELM_INDEX_ALLOW_CIDRS), and the connection goes to an address
// that was checked (no second DNS answer can swap it: DNS rebinding); redirects are followed by
// hand, at most 3, each target checked again, never from https to http; one deadline for DNS,
// connect and body (FLEETDASH_HELM_INDEX_TIMEOUT_MS, default 8 s); a byte cap on the body
// (FLEETDASH_HELM_INDEX_MAX_BYTES, default 10 MiB, no compression asked for); YAML parsed with
// few aliases and only the chart's entries kept; no credentials are sent (the person's Secrets are
// never read). FLEETDASH_HELM_INDEX=off turns the lookup off. Fleet itself reads the index the same
// way (github.com/rancher/fleet v0.16.0 internal/bundlereader/charturl.go: <repo>/index.yaml).
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { parse } from 'yaml';
import { addressProblem, parseCidrList, type Cidr } from './address-policy';
import { sortVersionsDesc } from './version';

export type IndexFetchErrorCode = 'disabled' | 'bad-url' | 'blocked-address' | 'dns' | 'timeout' | 'too-large' | 'redirect' | 'http-status' | 'network' | 'bad-index' | 'no-chart';

export class IndexFetchError extends Error {
  constructor(
    readonly code: IndexFetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IndexFetchError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface IndexFetchOptions {
  allowCidrs?: readonly Cidr[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  maxVersions?: number;
  /** DNS resolution (all addresses); injectable for tests. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  enabled?: boolean;
}

export interface ChartVersionInfo {
  version: string;
  appVersion?: string;
  created?: string;
  deprecated?: boolean;
}

export interface ChartVersions {
  chart: string;
  versions: ChartVersionInfo[];
  /** True when more versions existed than maxVersions. */
  truncated: boolean;
}

/** Options from the environment (read per call so tests and operators can change them). */
export function indexFetchOptionsFromEnv(env: Record<string, string | undefined> = process.env): IndexFetchOptions {
  const num = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return {
    enabled: env.FLEETDASH_HELM_INDEX !== 'off',
    allowCidrs: parseCidrList(env.FLEETDASH_HELM_INDEX_ALLOW_CIDRS),
    timeoutMs: num(env.FLEETDASH_HELM_INDEX_TIMEOUT_MS, 8000),
    maxBytes: num(env.FLEETDASH_HELM_INDEX_MAX_BYTES, 10 * 1024 * 1024),
  };
}

const defaultResolve = async (host: string): Promise<ResolvedAddress[]> => dns.promises.lookup(host, { all: true, verbatim: true });

/** <repo>/index.yaml, as Go's url.JoinPath builds it. */
export function indexUrlOf(repoUrl: string): URL {
  let u: URL;
  try {
    u = new URL(repoUrl);
  } catch {
    throw new IndexFetchError('bad-url', 'Not a valid URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new IndexFetchError('bad-url', 'Only http:// and https:// chart repositories can be read');
  if (u.username || u.password) throw new IndexFetchError('bad-url', 'Credentials in the URL are not sent');
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/index.yaml`;
  u.hash = '';
  return u;
}

/** Resolves the host and checks every address; returns the address to connect to. */
async function checkedAddress(host: string, allow: readonly Cidr[], resolve: (h: string) => Promise<ResolvedAddress[]>): Promise<ResolvedAddress> {
  const bare = host.replace(/^\[|\]$/g, '');
  let addrs: ResolvedAddress[];
  if (isIP(bare)) addrs = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addrs = await resolve(bare);
    } catch (e) {
      throw new IndexFetchError('dns', `Cannot resolve ${bare}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (addrs.length === 0) throw new IndexFetchError('dns', `${bare} has no address`);
  for (const a of addrs) {
    const problem = addressProblem(a.address, allow);
    if (problem) throw new IndexFetchError('blocked-address', `${bare}: ${problem}`);
  }
  return addrs[0]!;
}

interface RawResponse {
  status: number;
  location?: string;
  body: Buffer;
}

function getOnce(url: URL, addr: ResolvedAddress, maxBytes: number, signal: AbortSignal): Promise<RawResponse> {
  // The connection uses the checked address whatever DNS answers now; Host/SNI keep the name.
  const lookup: LookupFunction = (_host, options, cb) => {
    if (typeof options === 'object' && options && 'all' in options && options.all) (cb as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [addr]);
    else cb(null, addr.address, addr.family);
  };
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method: 'GET', lookup, signal, headers: { accept: 'application/x-yaml, text/yaml, */*', 'accept-encoding': 'identity', 'user-agent': 'fleet-dashboard' } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        resolve({ status, location: res.headers.location, body: Buffer.alloc(0) });
        return;
      }
      if (status !== 200) {
        res.resume();
        resolve({ status, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        reject(new IndexFetchError('too-large', `The index is ${declared} bytes; the limit is ${maxBytes}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          res.destroy();
          reject(new IndexFetchError('too-large', `The index is larger than the limit of ${maxBytes} bytes`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve({ status, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function fetchIndexText(repoUrl: string, o: Required<Omit<IndexFetchOptions, 'enabled'>>, signal: AbortSignal): Promise<string> {
  let url = indexUrlOf(repoUrl);
  for (let hop = 0; ; hop++) {
    const addr = await checkedAddress(url.hostname, o.allowCidrs, o.resolve);
    const res = await getOnce(url, addr, o.maxBytes, signal);
    if (res.status >= 300 && res.status < 400) {
      if (!res.location) throw new IndexFetchError('redirect', `The repository answered ${res.status} without a location`);
      if (hop >= o.maxRedirects) throw new IndexFetchError('redirect', `More than ${o.maxRedirects} redirects`);
      const next = new URL(res.location, url);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new IndexFetchError('redirect', `Redirect to ${next.protocol} refused`);
      if (url.protocol === 'https:' && next.protocol === 'http:') throw new IndexFetchError('redirect', 'Redirect from https to http refused');
      if (next.username || next.password) throw new IndexFetchError('redirect', 'Redirect with credentials refused');
      url = next;
      continue;
    }
    if (res.status !== 200) throw new IndexFetchError('http-status', `The repository answered ${res.status} for ${url.pathname}`);
    return res.body.toString('utf8');
  }
}

/** Versions of `chart` in the repository's index, newest first. Throws IndexFetchError in words. */
export async function fetchChartVersions(repoUrl: string, chart: string, opts: IndexFetchOptions = indexFetchOptionsFromEnv()): Promise<ChartVersions> {
  if (opts.enabled === false) throw new IndexFetchError('disabled', 'Looking up chart versions is turned off on this dashboard (FLEETDASH_HELM_INDEX=off)');
  const o = {
    allowCidrs: opts.allowCidrs ?? [],
    timeoutMs: opts.timeoutMs ?? 8000,
    maxBytes: opts.maxBytes ?? 10 * 1024 * 1024,
    maxRedirects: opts.maxRedirects ?? 3,
    maxVersions: opts.maxVersions ?? 500,
    resolve: opts.resolve ?? defaultResolve,
  };
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ac.abort();
      reject(new IndexFetchError('timeout', `No complete answer from the repository within ${o.timeoutMs} ms`));
    }, o.timeoutMs);
  });
  let text: string;
  try {
    text = await Promise.race([fetchIndexText(repoUrl, o, ac.signal), deadline]);
  } catch (e) {
    if (e instanceof IndexFetchError) throw e;
    throw new IndexFetchError('network', `Cannot read the repository: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return chartVersionsFromIndex(text, chart, o.maxVersions);
}

/** Parses index.yaml text (few aliases: no billion-laughs) and keeps one chart's entries. */
export function chartVersionsFromIndex(text: string, chart: string, maxVersions = 500): ChartVersions {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 50, prettyErrors: false });
  } catch (e) {
    throw new IndexFetchError('bad-index', `Not a Helm repository index: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const entries = (doc as { entries?: unknown } | null)?.entries;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) throw new IndexFetchError('bad-index', 'Not a Helm repository index (no entries)');
  const list = (entries as Record<string, unknown>)[chart];
  if (!Array.isArray(list)) throw new IndexFetchError('no-chart', `The repository has no chart named "${chart}"`);
  const byVersion = new Map<string, ChartVersionInfo>();
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    if (typeof r.version !== 'string') continue;
    byVersion.set(r.version, {
      version: r.version,
      ...(typeof r.appVersion === 'string' && { appVersion: r.appVersion }),
      ...(typeof r.created === 'string' && { created: r.created }),
      ...(r.deprecated === true && { deprecated: true }),
    });
  }
  const sorted = sortVersionsDesc([...byVersion.keys()]).map((v) => byVersion.get(v)!);
  return { chart, versions: sorted.slice(0, maxVersions), truncated: sorted.length > maxVersions };
}
