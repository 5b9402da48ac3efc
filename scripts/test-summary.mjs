// Prints one closing line over the unit and end-to-end results ("N passed, N failed").
import { readFileSync, existsSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const unit = read('.cache/test-results/unit.json');
const e2e = read('.cache/test-results/e2e.json');
let passed = 0, failed = 0, skipped = 0;
if (unit) {
  passed += unit.numPassedTests; failed += unit.numFailedTests; skipped += unit.numPendingTests + unit.numTodoTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (e2e) {
  passed += e2e.stats.expected; failed += e2e.stats.unexpected + e2e.stats.flaky; skipped += e2e.stats.skipped;
  console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected + e2e.stats.flaky} failed`);
}
if (!unit || !e2e) console.log(`missing results: ${!unit ? 'unit ' : ''}${!e2e ? 'e2e' : ''}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !unit || !e2e ? 1 : 0);
