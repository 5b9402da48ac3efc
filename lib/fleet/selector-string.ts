// The string form of label selectors, as kubectl -l takes it: `env=prod,region in (eu,us),!legacy`.
// Only what a metav1.LabelSelector can hold: =, ==, !=, in, notin, exists (`key`), !key.
// `key=value` becomes matchLabels; `!=` becomes NotIn with one value.
import { selectorProblems, type LabelSelector, type LabelSelectorRequirement } from './label-validation';

export type ParseResult = { ok: true; selector: LabelSelector } | { ok: false; error: string };

type Tok = { t: 'word' | 'op' | 'punct'; v: string; pos: number };

// Identifiers end at whitespace or a special character, as in apimachinery's lexer.
const SPECIAL = /[\s!=<>(),]/;

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')' || c === ',') toks.push({ t: 'punct', v: c, pos: i++ });
    else if (c === '!' || c === '=' || c === '<' || c === '>') {
      const two = src.slice(i, i + 2);
      const v = two === '==' || two === '!=' ? two : c;
      toks.push({ t: 'op', v, pos: i });
      i += v.length;
    } else {
      let j = i;
      while (j < src.length && !SPECIAL.test(src[j] ?? '')) j++;
      toks.push({ t: 'word', v: src.slice(i, j), pos: i });
      i = j;
    }
  }
  return toks;
}

class SyntaxErr extends Error {}

const at = (tok: Tok | undefined, src: string) =>
  tok ? `'${tok.v}' at position ${tok.pos + 1}` : `the end (position ${src.length + 1})`;

/** Parses the string form; errors say what was expected where. The empty string is {} (matches everything). */
export function parseSelector(src: string): ParseResult {
  try {
    const sel = parse(src);
    const problem = selectorProblems(sel)[0];
    return problem ? { ok: false, error: problem.message } : { ok: true, selector: sel };
  } catch (e) {
    if (e instanceof SyntaxErr) return { ok: false, error: e.message };
    throw e;
  }
}

function parse(src: string): LabelSelector {
  const toks = tokenize(src);
  const matchLabels: Record<string, string> = {};
  const exprs: LabelSelectorRequirement[] = [];
  let i = 0;
  const peek = () => toks[i];
  const fail = (msg: string): never => {
    throw new SyntaxErr(msg);
  };

  const value = (key: string, op: string): string => {
    const v = peek();
    if (v?.t === 'word') {
      i++;
      return v.v;
    }
    if (v === undefined || (v.t === 'punct' && v.v === ',')) return ''; // `key=` means the empty value
    return fail(`Expected a value after '${key}${op}', found ${at(v, src)}`);
  };

  const valueList = (key: string, op: string): string[] => {
    const open = peek();
    if (open?.v !== '(') fail(`Expected '(' after '${key} ${op}', found ${at(open, src)}`);
    i++;
    const values: string[] = [];
    for (;;) {
      const v = peek();
      if (v?.t === 'word') {
        values.push(v.v);
        i++;
      } else if (v?.v === ')' && values.length === 0) fail(`'${key} ${op} ()' needs at least one value`);
      else fail(`Expected a value in '${key} ${op} (...)', found ${at(v, src)}`);
      const sep = peek();
      if (sep?.v === ')') {
        i++;
        return values;
      }
      if (sep?.v !== ',') fail(`Missing ')' to close '${key} ${op} (${values.join(',')}', found ${at(sep, src)}`);
      i++;
    }
  };

  while (i < toks.length) {
    const first = peek();
    if (first?.t === 'op' && first.v === '!') {
      i++;
      const key = peek();
      if (key?.t !== 'word') fail(`Expected a label key after '!', found ${at(key, src)}`);
      i++;
      const after = peek();
      if (after?.t === 'op') fail(`'!${key?.v}' cannot be followed by '${after.v}': '!key' only means the label must not exist`);
      exprs.push({ key: key?.v ?? '', operator: 'DoesNotExist' });
    } else if (first?.t === 'word') {
      i++;
      const key = first.v;
      const op = peek();
      if (op?.t === 'op' && (op.v === '=' || op.v === '==')) {
        i++;
        const v = value(key, op.v);
        if (Object.hasOwn(matchLabels, key)) fail(`Label '${key}' is given twice with '='; use '${key} in (${matchLabels[key]},${v})' to allow either value`);
        matchLabels[key] = v;
      } else if (op?.t === 'op' && op.v === '!=') {
        i++;
        exprs.push({ key, operator: 'NotIn', values: [value(key, '!=')] });
      } else if (op?.t === 'op' && (op.v === '<' || op.v === '>')) {
        fail(`Operator '${op.v}' is not supported in label selectors here; use =, !=, in, notin, 'key' (exists) or '!key' (does not exist)`);
      } else if (op?.t === 'op') {
        fail(`Unexpected ${at(op, src)} after '${key}'`);
      } else if (op?.t === 'word' && (op.v === 'in' || op.v === 'notin')) {
        i++;
        exprs.push({ key, operator: op.v === 'in' ? 'In' : 'NotIn', values: valueList(key, op.v) });
      } else if (op?.t === 'word') {
        fail(`Expected an operator (=, !=, in, notin) or ',' after '${key}', found ${at(op, src)}`);
      } else {
        exprs.push({ key, operator: 'Exists' });
      }
    } else {
      fail(`Expected a label key, found ${at(first, src)}`);
    }
    const sep = peek();
    if (sep === undefined) break;
    if (sep.v !== ',') fail(`Expected ',' between requirements, found ${at(sep, src)}`);
    i++;
    if (peek() === undefined) fail(`The selector ends with ','; add a requirement after it or remove the comma`);
  }

  const sel: LabelSelector = {};
  if (Object.keys(matchLabels).length > 0) sel.matchLabels = matchLabels;
  if (exprs.length > 0) sel.matchExpressions = exprs;
  return sel;
}

/** kubectl-style string for a selector; parseSelector(formatSelector(s)) gives s back for valid selectors. */
export function formatSelector(sel: LabelSelector | null | undefined): string {
  if (!sel) return '';
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const r of sel.matchExpressions ?? []) {
    const vals = r.values ?? [];
    if (r.operator === 'Exists') parts.push(r.key);
    else if (r.operator === 'DoesNotExist') parts.push(`!${r.key}`);
    else if (r.operator === 'NotIn' && vals.length === 1) parts.push(`${r.key}!=${vals[0]}`);
    else parts.push(`${r.key} ${r.operator.toLowerCase()} (${vals.join(',')})`);
  }
  return parts.join(',');
}
