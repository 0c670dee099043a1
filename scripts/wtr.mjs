// Runs web-test-runner in the engines named by WTR_ENGINES (default: chromium,firefox,webkit).
// WebKit (WebKitGTK's MiniBrowser) needs a display and WebKitWebDriver: this script starts Xvfb
// when there is no display, then the driver on a free port for wtr.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { display, startWebKitDriver } from './browsers.mjs';

const args = process.argv.slice(2);
const engines = (process.env.WTR_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const needsWebKit = engines.includes('webkit');

/** Runs `command`, inheriting the terminal; resolves with its exit code. */
function run(command, commandArgs, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const env = { ...process.env, WTR_ENGINES: engines.join(',') };
const screen = needsWebKit ? await display() : undefined;
const driver = screen ? await startWebKitDriver(screen.name) : undefined;
if (driver) env.WEBKIT_DRIVER_PORT = String(driver.port);
const code = await run(fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url)), args, env);
driver?.stop();
screen?.stop();
process.exit(code);
