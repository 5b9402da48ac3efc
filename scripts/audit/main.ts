// `npm run deps:audit` (part of npm test): the offline lockfile review, then `npm audit --omit=dev` against the
// registry's advisory service. Advisories of moderate severity or more in runtime dependencies fail; when the service
// cannot be asked (outage, a mirror without the audit endpoint) the run says so loudly and passes, unless
// FLEETDASH_AUDIT_REQUIRED=true (for a CI whose registry is known to serve audits).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readAudit, reviewLockfile } from './check';

const root = path.resolve(__dirname, '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

const problems = reviewLockfile(read('package.json'), read('package-lock.json'));
for (const p of problems) console.error(`lockfile: ${p}`);
console.log(`lockfile review: ${problems.length ? `${problems.length} problem(s)` : 'pinned, in step with package.json, registry packages with sha512 integrity, reviewed install scripts'}`);

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 90_000, maxBuffer: 64 << 20 });
const audit = r.error ? { kind: 'unavailable' as const, reason: `npm audit did not finish: ${r.error.message}` } : readAudit(r.stdout);
let failed = problems.length > 0;
if (audit.kind === 'clean') console.log('npm audit --omit=dev: no advisories');
else if (audit.kind === 'advisories') {
  for (const w of audit.warn) console.log(`npm audit (below the bar): ${w}`);
  for (const f of audit.fail) console.error(`npm audit: ${f}`);
  if (audit.fail.length) failed = true;
  else console.log('npm audit --omit=dev: only low-severity advisories');
} else {
  const required = /^(1|true|yes)$/i.test(process.env.FLEETDASH_AUDIT_REQUIRED ?? '');
  console.error(`WARNING: npm audit could not be run: ${audit.reason}. ${required ? 'FLEETDASH_AUDIT_REQUIRED is set: failing.' : 'Not failing the build for it; the lockfile review above still ran.'}`);
  if (required) failed = true;
}
process.exit(failed ? 1 : 0);
