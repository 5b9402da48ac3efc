// Fleet reports drift as the JSON merge patch that would turn the live object back into the desired one
// (ModifiedStatus.patch). The live values themselves are not reported, so the readable form is, per changed field:
// what it is now ("live": differs, or present when the patch removes it) and what Fleet will set ("desired").
// JSON strings that hold JSON (e.g. a ConfigMap's data.config) are expanded so their fields show too.

export interface PatchLine {
  /** Dotted path, e.g. spec.template.spec.hostNetwork; list items as [i]. */
  path: string;
  op: 'set' | 'remove';
  /** Desired value, pretty-printed JSON (undefined for remove). */
  desired?: string;
}

export type ParsedPatch = { ok: true; lines: PatchLine[] } | { ok: false; error: string; raw: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function embeddedJson(s: string): unknown {
  const t = s.trim();
  if (!(t.startsWith('{') && t.endsWith('}')) && !(t.startsWith('[') && t.endsWith(']'))) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

const seg = (k: string) => (/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k));

function walk(v: unknown, path: string, out: PatchLine[], depth: number): void {
  if (v === null) {
    out.push({ path, op: 'remove' });
    return;
  }
  if (isObj(v) && depth < 20 && Object.keys(v).length > 0) {
    for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${seg(k)}` : seg(k), out, depth + 1);
    return;
  }
  if (typeof v === 'string') {
    const inner = embeddedJson(v);
    if (isObj(inner) && depth < 20) {
      // The whole string is replaced; its fields are listed under "<path> (JSON)".
      for (const [k, child] of Object.entries(inner)) out.push({ path: `${path} (JSON).${seg(k)}`, op: 'set', desired: JSON.stringify(child, null, 2) });
      return;
    }
  }
  out.push({ path, op: 'set', desired: JSON.stringify(v, null, 2) });
}

/** Readable lines of a merge patch; a truncated or invalid patch (the cache caps patches at 1 KiB) is shown raw. */
export function parsePatch(patch: string): ParsedPatch {
  let v: unknown;
  try {
    v = JSON.parse(patch);
  } catch {
    return { ok: false, error: patch.endsWith('…') ? 'The patch is too long to show in full here.' : 'The patch is not valid JSON.', raw: patch };
  }
  const lines: PatchLine[] = [];
  walk(v, '', lines, 0);
  return { ok: true, lines };
}
