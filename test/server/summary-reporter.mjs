import { mkdirSync, writeFileSync } from 'node:fs';

export const SUMMARY_FILE = 'node_modules/.cache/wtr-summary.txt';

/**
 * Ends the run with one plain line, `wtr: N passed, N failed, N skipped`,
 * so CI logs (and tools that read them) see the totals without the progress bar.
 */
export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      const visit = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        for (const child of suite.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no results: count it as a failure.
        else if (!session.passed) totals.failed += 1;
      }
    },
    // After the default reporter's own last words, so the totals close the log.
    stop() {
      const line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
      process.stdout.write(line);
      // .ci/run prints this again as its very last line (the CLI's own farewell comes after ours).
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync(SUMMARY_FILE, line);
    },
  };
}
