// Prints one closing line over the unit and end-to-end results ("N passed, N failed").
import { readFileSync, existsSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const unit = read('.cache/test-results/unit.json');
const e2e = read('.cache/test-results/e2e.json');
const real = read('.cache/test-results/e2e-real.json');
let passed = 0, failed = 0, skipped = 0;
if (unit) {
  passed += unit.numPassedTests; failed += unit.numFailedTests; skipped += unit.numPendingTests + unit.numTodoTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (e2e) {
  passed += e2e.stats.expected; failed += e2e.stats.unexpected + e2e.stats.flaky; skipped += e2e.stats.skipped;
  console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected + e2e.stats.flaky} failed`);
}
if (real) {
  passed += real.stats.expected; failed += real.stats.unexpected + real.stats.flaky; skipped += real.stats.skipped;
  console.log(`e2e against real Fleet: ${real.stats.expected} passed, ${real.stats.unexpected + real.stats.flaky} failed`);
}
const missing = [!unit && 'unit', !e2e && 'e2e', !real && 'e2e against real Fleet'].filter(Boolean);
if (missing.length) console.log(`missing results: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length ? 1 : 0);
