// Runs web-test-runner in the engines named by WTR_ENGINES (default: chromium,firefox,webkit).
// WebKit (WebKitGTK's MiniBrowser) needs a display and WebKitWebDriver: this script starts Xvfb
// when there is no display, then the driver on a free port for wtr.
// A run that ends without the summary reporter's last line did not finish: the runner itself died
// (a signal, a crash in its process), not a test. That run is said so and started once more; a run
// that finished is never repeated, so a failing test always fails. Watch mode ends without a summary
// whenever it is quit, so it is never repeated either.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { display, startWebKitDriver } from './browsers.mjs';
import { SUMMARY_FILE } from '../test/server/summary-reporter.mjs';

const args = process.argv.slice(2);
const engines = (process.env.WTR_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const needsWebKit = engines.includes('webkit');

/** Runs `command`, inheriting the terminal; resolves with how it ended. */
function run(command, commandArgs, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve({ code: code ?? 1, signal }));
  });
}

/**
 * Runs wtr; a second time only when the first did not finish (see above), then with a WebKit
 * driver started afresh: the one CI run that ended so had WebKitWebDriver abort a navigation.
 * Resolves with its exit code.
 */
async function runTests(env) {
  const wtr = fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url));
  for (let attempt = 1; ; attempt += 1) {
    rmSync(SUMMARY_FILE, { force: true });
    if (attempt > 1 && driver) {
      driver.stop();
      driver = await startWebKitDriver(screen.name);
      env.WEBKIT_DRIVER_PORT = String(driver.port);
    }
    const { code, signal } = await run(wtr, args, env);
    if (existsSync(SUMMARY_FILE) || args.includes('--watch')) return code;
    const how = signal ? `was stopped by ${signal}` : `exited with ${code} before its summary`;
    if (attempt === 2) {
      console.error(`\nscripts/wtr.mjs: web-test-runner ${how} again; giving up.`);
      return code || 1;
    }
    console.error(`\nscripts/wtr.mjs: web-test-runner ${how}, without finishing the run (its reason, if it had one, is above); running it once more.`);
  }
}

const env = { ...process.env, WTR_ENGINES: engines.join(',') };
const screen = needsWebKit ? await display() : undefined;
let driver = screen ? await startWebKitDriver(screen.name) : undefined;
if (driver) env.WEBKIT_DRIVER_PORT = String(driver.port);
const code = await runTests(env);
driver?.stop();
screen?.stop();
process.exit(code);
