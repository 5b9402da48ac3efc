// Reading one sign-in area's settings from the environment: the first bad variable is an error naming it (start.ts
// stops the server with it). The process's own environment does not change while the server runs, so it is read
// once per area, although requests ask for these settings on every call.
import type { z } from 'zod';

type Env = Record<string, string | undefined>;
const fromProcessEnv = new Map<z.ZodType, unknown>();

/** `build(parsed)` for `env`; `area` names the variables when an issue has no path (e.g. FLEETDASH_OIDC_*). */
export function envSettings<S extends z.ZodType, T>(schema: S, env: Env, area: string, build: (e: z.output<S>) => T): T {
  if (env === process.env && fromProcessEnv.has(schema)) return fromProcessEnv.get(schema) as T;
  const r = schema.safeParse(env);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${String(i.path[0] ?? area)} ${i.message}`);
  }
  const value = build(r.data);
  if (env === process.env) fromProcessEnv.set(schema, value);
  return value;
}
