import { describe, expect, it } from 'vitest';
import { settingsFromConfig } from './fleet-settings';

describe('settingsFromConfig', () => {
  it('reads agentCheckinInterval from the fleet-controller config document', () => {
    // As charts/fleet/templates/configmap.yaml renders it (abridged).
    const config = '{"agentCheckinInterval": "15s", "agentTLSMode": "strict", "bootstrap": {"namespace": "fleet-local"}}';
    expect(settingsFromConfig(config)).toEqual({ agentCheckinInterval: '15s', agentStaleAfterMs: 60_000 });
  });
  it('falls back to Fleet\'s 15 minute default when absent, empty or unparseable', () => {
    for (const c of [undefined, '{}', '{"agentCheckinInterval": ""}', 'not json']) {
      expect(settingsFromConfig(c)).toEqual({ agentCheckinInterval: undefined, agentStaleAfterMs: 30 * 60_000 });
    }
  });
});
