// Checks mirroring what the GitRepo CRD and Fleet's controller enforce, so the user sees the
// problem beside the field instead of as an API error after submit.

import { DURATION_RE, durationNs, MAX_DURATION_NS } from '../go-duration';

export const DURATION_MESSAGE =
  'Use a Go duration with units ns, us, ms, s, m, h (e.g. 15s, 5m, 1h30m) or "0"; days (d) and weeks (w) are not supported';

/** The CRD's CEL rule for pollingInterval/imageScanInterval: "0" or a Go duration ≤ 2562047h, 1-32 chars. */
export function durationError(value: string): string | undefined {
  if (value === '0') return undefined;
  if (/^\d+$/.test(value)) return `Add a unit, e.g. "${value}s": ${DURATION_MESSAGE}`;
  if (/^[0-9.]+[dw]$/.test(value)) return DURATION_MESSAGE;
  if (value.length > 32 || !DURATION_RE.test(value)) return DURATION_MESSAGE;
  if (durationNs(value) > MAX_DURATION_NS) return 'The duration must be at most 2562047h';
  return undefined;
}

/** A Go (RE2) pattern as JavaScript RegExp source and flags: (?P<name> and a leading (?flags) translated. */
export function goRegexSource(pattern: string): { src: string; flags: string } {
  let src = pattern;
  let flags = '';
  const inline = /^\(\?([imsU]+)\)/.exec(src);
  if (inline) {
    flags = [...new Set(inline[1]!.replace('U', ''))].join('');
    src = src.slice(inline[0].length);
  }
  return { src: src.replace(/\(\?P</g, '(?<'), flags };
}

/**
 * helmRepoURLRegex is compiled by Go's regexp (RE2). JavaScript's RegExp checks the syntax;
 * RE2-only syntax is translated first and JS-only features (lookaround, backreferences) are refused.
 */
export function goRegexError(source: string): string | undefined {
  const { src, flags } = goRegexSource(source);
  if (/\(\?<?[=!]/.test(src)) return 'Lookahead and lookbehind ((?=…), (?!…), (?<=…)) are not supported by Go regular expressions';
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(src)) return 'Backreferences (\\1) are not supported by Go regular expressions';
  try {
    new RegExp(src, flags);
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '') : String(e);
    return `Not a valid regular expression: ${detail}`;
  }
  return undefined;
}
