// A minimal authenticating reverse proxy for the auth-proxy e2e test, standing in for oauth2-proxy: it signs people
// in with HTTP Basic credentials, drops whatever identity headers the client sent, and forwards to the dashboard with
// the person's name and groups in X-Forwarded-User / X-Forwarded-Groups plus the shared secret only it knows.
import http from 'node:http';

export interface ProxyPerson {
  password: string;
  groups: string[];
}

export async function startHeaderProxy(port: number, upstream: string, secret: string, people: Record<string, ProxyPerson>): Promise<{ url: string; stop(): Promise<void> }> {
  const target = new URL(upstream);
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    const [user, password] = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString().split(':');
    const person = user ? people[user] : undefined;
    if (!auth.startsWith('Basic ') || !person || person.password !== password) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test proxy"', 'content-type': 'text/plain' }).end('sign in at the proxy\n');
      return;
    }
    const headers = { ...req.headers };
    for (const h of ['authorization', 'x-forwarded-user', 'x-forwarded-groups', 'x-fleetdash-proxy-secret']) delete headers[h];
    // Host passes through (oauth2-proxy's default): the dashboard is told the proxy's URL is its public URL.
    Object.assign(headers, { 'x-forwarded-user': user, 'x-forwarded-groups': person.groups.join(','), 'x-fleetdash-proxy-secret': secret });
    const up = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end('upstream unreachable\n'));
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
