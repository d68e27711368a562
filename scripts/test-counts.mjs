// Reads a test runner's JSON report and prints "<passed> <failed>" (used by scripts/test.sh
// and .ci/run to add up every suite without scraping the runners' human output).
//   node scripts/test-counts.mjs vitest test-results/vitest.json
//   node scripts/test-counts.mjs playwright test-results/e2e.json
// A report that is missing or unreadable counts as one failure: the runner died before
// it could say what happened.
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);

function vitest(report) {
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  // A file that fails before or outside its tests (a syntax error, a throwing hook or
  // import) has no failed test of its own but fails the run: count it once.
  for (const result of report.testResults ?? []) {
    const failedTests = (result.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (result.status === 'failed' && failedTests === 0) failed += 1;
  }
  // An unhandled error outside any file also fails the run.
  if (report.success === false && failed === 0) failed = 1;
  return [passed, failed];
}

function playwright(report) {
  const stats = report.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  // Global errors: the web server did not start, a file did not load, …
  const failed = (stats.unexpected ?? 0) + (report.errors?.length ?? 0);
  return [passed, failed];
}

const readers = { vitest, playwright };
if (!readers[kind] || !file) {
  console.error('Usage: node scripts/test-counts.mjs <vitest|playwright> <report.json>');
  process.exit(2);
}
let counts;
try {
  counts = readers[kind](JSON.parse(readFileSync(file, 'utf8')));
} catch {
  counts = [0, 1];
}
console.log(counts.join(' '));
