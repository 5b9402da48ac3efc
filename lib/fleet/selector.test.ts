import { describe, expect, it } from 'vitest';
import { clusterWaitCheckIn } from './testdata/examples';
import {
  compileSelector,
  formatSelector,
  LabelSelectorInputSchema,
  LabelSelectorStringSchema,
  matchesSelector,
  parseSelector,
  selectorProblems,
  validateLabelKey,
  validateLabelValue,
  type LabelSelector,
} from './selector';

const prodWest = clusterWaitCheckIn.metadata.labels; // { env: 'prod', region: 'us' }

describe('matchesSelector (metav1.LabelSelectorAsSelector semantics)', () => {
  it('null/undefined matches nothing, {} matches everything', () => {
    expect(matchesSelector(null, prodWest)).toBe(false);
    expect(matchesSelector(undefined, {})).toBe(false);
    expect(matchesSelector({}, prodWest)).toBe(true);
    expect(matchesSelector({ matchLabels: {}, matchExpressions: [] }, undefined)).toBe(true);
  });

  it('ANDs matchLabels and every operator', () => {
    const sel: LabelSelector = {
      matchLabels: { env: 'prod' },
      matchExpressions: [
        { key: 'region', operator: 'In', values: ['eu', 'us'] },
        { key: 'tier', operator: 'NotIn', values: ['canary'] },
        { key: 'legacy', operator: 'DoesNotExist' },
        { key: 'env', operator: 'Exists' },
      ],
    };
    const m = compileSelector(sel);
    expect(m(prodWest)).toBe(true); // NotIn matches a missing key
    expect(m({ ...prodWest, tier: 'canary' })).toBe(false);
    expect(m({ ...prodWest, legacy: '' })).toBe(false);
    expect(m({ ...prodWest, region: 'ap' })).toBe(false);
    expect(m({ region: 'us' })).toBe(false);
  });

  it('an invalid selector matches nothing', () => {
    expect(matchesSelector({ matchExpressions: [{ key: 'env', operator: 'In', values: [] }] }, prodWest)).toBe(false);
    expect(matchesSelector({ matchExpressions: [{ key: 'env', operator: 'Equals', values: ['prod'] }] }, prodWest)).toBe(false);
    expect(matchesSelector({ matchLabels: { 'bad key': 'x' } }, { 'bad key': 'x' })).toBe(false);
  });

  it('does not see inherited properties as labels', () => {
    expect(matchesSelector({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, {})).toBe(false);
  });
});

describe('parseSelector', () => {
  it('parses the kubectl string form', () => {
    expect(parseSelector('env=prod,region in (eu,us),!legacy')).toEqual({
      ok: true,
      selector: {
        matchLabels: { env: 'prod' },
        matchExpressions: [
          { key: 'region', operator: 'In', values: ['eu', 'us'] },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      },
    });
    expect(parseSelector(' tier != canary , gpu, os notin ( windows ) , env==')).toEqual({
      ok: true,
      selector: {
        matchLabels: { env: '' },
        matchExpressions: [
          { key: 'tier', operator: 'NotIn', values: ['canary'] },
          { key: 'gpu', operator: 'Exists' },
          { key: 'os', operator: 'NotIn', values: ['windows'] },
        ],
      },
    });
    expect(parseSelector('')).toEqual({ ok: true, selector: {} });
  });

  it.each([
    ['env=prod,', "The selector ends with ','; add a requirement after it or remove the comma"],
    [',env=prod', "Expected a label key, found ',' at position 1"],
    ['region in (eu,us', "Missing ')' to close 'region in (eu,us', found the end (position 17)"],
    ['region in eu', "Expected '(' after 'region in', found 'eu' at position 11"],
    ['region in ()', "'region in ()' needs at least one value"],
    ['region in (eu,)', "Expected a value in 'region in (...)', found ')' at position 15"],
    ['env=prod region=eu', "Expected ',' between requirements, found 'region' at position 10"],
    ['env prod', "Expected an operator (=, !=, in, notin) or ',' after 'env', found 'prod' at position 5"],
    ['!', "Expected a label key after '!', found the end (position 2)"],
    ['!env=prod', "'!env' cannot be followed by '=': '!key' only means the label must not exist"],
    ['replicas>2', "Operator '>' is not supported in label selectors here; use =, !=, in, notin, 'key' (exists) or '!key' (does not exist)"],
    ['env=prod,env=dev', "Label 'env' is given twice with '='; use 'env in (prod,dev)' to allow either value"],
    ['env=pro d', "Expected ',' between requirements, found 'd' at position 9"],
    ['Env-=prod', "Name part of label key 'Env-' must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit"],
    ['env=-prod', "Value '-prod' of label 'env' must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit"],
  ])('%s → %s', (src, error) => {
    expect(parseSelector(src)).toEqual({ ok: false, error });
  });

  it('round-trips with formatSelector', () => {
    for (const s of ['env=prod,region in (eu,us),!legacy', 'tier!=canary,gpu,os notin (linux,windows)', '']) {
      const r = parseSelector(s);
      expect(r.ok && formatSelector(r.selector)).toBe(s);
    }
    expect(formatSelector(null)).toBe('');
  });
});

describe('label key/value validation', () => {
  it('accepts Kubernetes-valid keys and values', () => {
    for (const k of ['env', 'example.com/tier', 'management.cattle.io/cluster-display-name', 'A_b.c']) expect(validateLabelKey(k)).toEqual([]);
    for (const v of ['', 'prod', 'v1.2_3', 'a'.repeat(63)]) expect(validateLabelValue(v)).toEqual([]);
  });

  it('explains what is wrong', () => {
    expect(validateLabelKey('')).toEqual(['Label key must not be empty']);
    expect(validateLabelKey('a/b/c')).toEqual(["Label key 'a/b/c' may contain at most one '/' (prefix/name, e.g. 'example.com/tier')"]);
    expect(validateLabelKey('/x')).toEqual(["Label key '/x' has an empty prefix before '/'"]);
    expect(validateLabelKey('Example.com/x')).toEqual([
      "Prefix of label key 'Example.com/x' contains 'E': only lowercase letters, digits, '-' and '.' are allowed (use lowercase)",
    ]);
    expect(validateLabelKey(`x/${'a'.repeat(64)}`)).toEqual([
      `Name part of label key 'x/${'a'.repeat(64)}' must be at most 63 characters (it has 64)`,
    ]);
    expect(validateLabelValue('a b', 'env')).toEqual([
      "Value 'a b' of label 'env' must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit",
    ]);
  });

  it('reports selector problems with field paths', () => {
    expect(
      selectorProblems({
        matchLabels: { 'bad key': 'v' },
        matchExpressions: [
          { key: 'env', operator: 'Exists', values: ['x'] },
          { key: 'os', operator: 'In', values: ['ok', 'not ok'] },
        ],
      }).map((p) => p.path.join('.')),
    ).toEqual(['matchLabels.bad key', 'matchExpressions.0.values', 'matchExpressions.1.values.1']);
  });
});

describe('zod schemas', () => {
  it('LabelSelectorInputSchema reports field issues', () => {
    const r = LabelSelectorInputSchema.safeParse({ matchExpressions: [{ key: 'env', operator: 'In', values: [] }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['matchExpressions.0.values', "'env In' needs at least one value"],
    ]);
    expect(LabelSelectorInputSchema.safeParse({ matchExpressions: [{ key: 'env', operator: 'Equals' }] }).error?.issues[0]?.message).toBe(
      'Choose an operator: In, NotIn, Exists or DoesNotExist',
    );
    expect(LabelSelectorInputSchema.parse({ matchLabels: { env: 'prod' } })).toEqual({ matchLabels: { env: 'prod' } });
  });

  it('LabelSelectorStringSchema parses or explains', () => {
    expect(LabelSelectorStringSchema.parse(' env=prod ')).toEqual({ matchLabels: { env: 'prod' } });
    expect(LabelSelectorStringSchema.safeParse('env in (').error?.issues[0]?.message).toBe(
      "Expected a value in 'env in (...)', found the end (position 9)",
    );
  });
});
