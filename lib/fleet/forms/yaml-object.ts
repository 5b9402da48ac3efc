// The forms' YAML tab: text → one Fleet object of the form's kind, or the first problem in words.
import { parse, type ParseOptions, type DocumentOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import type { z } from 'zod';

export type YamlObjectResult<T> = { ok: true; object: T } | { ok: false; error: string };

export function parseObjectYaml<S extends z.ZodType<{ kind?: string }>>(
  text: string,
  schema: S,
  kind: string,
  options?: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions,
): YamlObjectResult<z.output<S>> {
  let doc: unknown;
  try {
    doc = parse(text, options);
  } catch (e) {
    return { ok: false, error: `Not valid YAML: ${e instanceof Error ? e.message.split('\n')[0]?.replace(/:$/, '') : String(e)}` };
  }
  const r = schema.safeParse(doc);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, error: `${i.path.join('.') || 'object'}: ${i.message}` };
  }
  if (r.data.kind !== undefined && r.data.kind !== kind) return { ok: false, error: `kind must be ${kind}, not ${r.data.kind}` };
  return { ok: true, object: r.data };
}
