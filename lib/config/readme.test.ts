import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, LOCAL_SWITCHES } from './schema';

// README's "Install on a cluster" table is the operator's reference: it must name every variable the schema checks,
// and name no FLEETDASH_ variable the schema does not know (besides the local scripts' own switches).
const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const install = readme.slice(readme.indexOf('## Install on a cluster'), readme.indexOf('## Layout'));

describe('README documents the configuration schema', () => {
  it('every variable of the schema is in the table', () => {
    const missing = Object.keys(ConfigSchema.shape).filter((v) => !install.includes(`\`${v}\``));
    expect(missing).toEqual([]);
  });
  it('no FLEETDASH_ variable in README is unknown to the schema', () => {
    const named = new Set(readme.match(/FLEETDASH_[A-Z_]*[A-Z]/g) ?? []);
    const unknown = [...named].filter((v) => !(v in ConfigSchema.shape) && !LOCAL_SWITCHES.has(v));
    expect(unknown).toEqual([]);
  });
});
