// Loads and checks the configuration once (see schema.ts). A bad value is an error naming the variable and what it
// must be; secrets are named, never shown. FLEETDASH_* variables no piece knows are reported as warnings (a typo, or
// a setting of a newer release), not errors.
import { CONFIG_PIECES, ConfigSchema, LOCAL_SWITCHES, SECRET_VARIABLES, type Config } from './schema';

export { CONFIG_PIECES, ConfigSchema, SECRET_VARIABLES, type Config };

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dashboard cannot start: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const known = new Set(Object.keys(ConfigSchema.shape));

/** Unknown FLEETDASH_* variables, for a start-up warning. */
export function unknownVariables(env: Env): string[] {
  return Object.keys(env).filter((k) => k.startsWith('FLEETDASH_') && !known.has(k) && !LOCAL_SWITCHES.has(k));
}

/** The checked configuration; ConfigError listing every bad variable otherwise. Empty strings count as unset. */
export function loadConfig(env: Env = process.env): Config {
  const input: Env = {};
  for (const k of known) if (env[k] !== undefined && env[k] !== '') input[k] = env[k];
  const r = ConfigSchema.safeParse(input);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => {
    const name = String(i.path[0]);
    const shown = SECRET_VARIABLES.has(name) ? '' : ` (got "${String(input[name]).slice(0, 100)}")`;
    return `${name} ${i.message}${shown}`;
  });
  throw new ConfigError(problems);
}

const KEY = Symbol.for('fleetdash.config');
type WithConfig = typeof globalThis & { [KEY]?: Config };

/** The process's configuration, checked once (every route bundle shares it). */
export function config(): Config {
  const g = globalThis as WithConfig;
  g[KEY] ??= loadConfig();
  return g[KEY];
}
