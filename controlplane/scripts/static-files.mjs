// Serves one folder's files read-only on 127.0.0.1 (the local Helm chart repository: index.yaml and archives).
// Usage: node static-files.mjs <folder> <port>
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [root, port] = process.argv.slice(2);
const types = { '.yaml': 'application/x-yaml', '.tgz': 'application/gzip' };
http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
  const file = path.join(root, name);
  if (req.method !== 'GET' || name.includes('..') || name.includes('/') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}).listen(Number(port), '127.0.0.1');
