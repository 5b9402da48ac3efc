// npm run bench:peer [-- --kind bundledeployments]: only the peers' measurement (scripts/bench/peer.ts) against the
// bench instance as it is (FLEETDASH_INSTANCE=bench must be up), for a run that skipped it (--no-peer).
import path from 'node:path';
import { connect } from '../seed/client';
import { peerFullList } from './peer';

const kind = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1]! : 'bundledeployments';
const k = connect(path.resolve(__dirname, '../../.cache/kubeconfig-bench'), 'admin', 4);
peerFullList(k, `/apis/fleet.cattle.io/v1alpha1/${kind}`)
  .then((p) => {
    console.log(
      `peers' way (Chromium, LIST limit=500 + JSON.parse, kept): ${p.items} ${kind}, ${(p.bytes / 1e6).toFixed(1)} MB in ${p.pages} pages, ${(p.ms / 1000).toFixed(1)} s` +
        (p.error ? ` — FAILED: ${p.error}` : `, page JS heap ${p.heapMB.toFixed(0)} MB`),
    );
    console.log(JSON.stringify({ peerFullListMB: Math.round(p.bytes / 1e5) / 10, peerFullListMs: Math.round(p.ms), peerHeapMB: Math.round(p.heapMB), items: p.items, error: p.error ?? null }));
    return k.dispatcher.close();
  })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
