import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { killLeftovers, pruneLogs } from './runner';

describe('work dir housekeeping', () => {
  it('keeps the logs of the newest pods only', () => {
    const w = fs.mkdtempSync(path.join(os.tmpdir(), 'gje-'));
    for (let i = 0; i < 5; i++) {
      const d = path.join(w, 'logs', `ns_pod-${i}`);
      fs.mkdirSync(d, { recursive: true });
      fs.utimesSync(d, 1000 + i, 1000 + i);
    }
    pruneLogs(w, 2);
    expect(fs.readdirSync(path.join(w, 'logs')).sort()).toEqual(['ns_pod-3', 'ns_pod-4']);
    fs.rmSync(w, { recursive: true });
  });

  it('removes pod dirs left behind, and never kills a recorded pid that is no longer running in that pod dir', () => {
    const w = fs.mkdtempSync(path.join(os.tmpdir(), 'gje-'));
    const pids = path.join(w, 'pods', 'ns_pod_uid', 'pids');
    fs.mkdirSync(pids, { recursive: true });
    fs.writeFileSync(path.join(pids, 'fleet'), String(process.pid)); // this test's own process: its cwd is elsewhere
    expect(killLeftovers(w)).toBe(0);
    expect(fs.readdirSync(path.join(w, 'pods'))).toEqual([]);
    fs.rmSync(w, { recursive: true });
  });
});
