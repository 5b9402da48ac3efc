// Liveness: the server process answers. Nothing else is checked (an API server outage must not restart every replica),
// and nothing about the cluster is said. Served for any Host (proxy.ts), like every probe path.
import { json } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export function GET() {
  return json({ ok: true });
}
