import { mkdirSync, writeFileSync } from 'node:fs';

export const SUMMARY_FILE = 'node_modules/.cache/wtr-summary.txt';

/**
 * Ends the run with one plain line, `wtr: N passed, N failed, N skipped`,
 * so CI logs (and tools that read them) see the totals without the progress bar.
 */
export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** The same counts per browser launcher and group, e.g. "Firefox (new-york-firefox)". */
  const byBrowser = new Map();
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const group = session.group?.name;
        const name = `${session.browser.name.replace('MiniBrowser', 'WebKit (MiniBrowser)')}${group && group !== 'default' ? ` (${group})` : ''}`;
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const counts = [totals, byBrowser.get(name)];
        const add = (key) => counts.forEach((c) => (c[key] += 1));
        const visit = (suite) => {
          for (const test of suite.tests ?? []) add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed');
          for (const child of suite.suites ?? []) visit(child);
        };
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no results: count it as a failure.
        else if (!session.passed) add('failed');
      }
    },
    // After the default reporter's own last words, so the totals close the log.
    stop() {
      for (const [name, c] of byBrowser) process.stdout.write(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (tests)\n`);
      const line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
      process.stdout.write(line);
      // .ci/run prints this again as its very last line (the CLI's own farewell comes after ours).
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync(SUMMARY_FILE, line);
    },
  };
}
