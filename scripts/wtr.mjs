// Runs web-test-runner in the engines named by WTR_ENGINES (default: chromium,firefox,webkit).
// WebKit (WebKitGTK's MiniBrowser) needs a display and WebKitWebDriver: without a display this
// script runs itself again under `xvfb-run -a`, then starts the driver on a free port for wtr.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';

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

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}

if (needsWebKit && !process.env.DISPLAY && !process.env.WTR_UNDER_XVFB) {
  process.exit(await run('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...args], { ...process.env, WTR_UNDER_XVFB: '1' }));
}

const env = { ...process.env, WTR_ENGINES: engines.join(',') };
let driver;
if (needsWebKit) {
  const port = await freePort();
  driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await waitForPort(port);
  env.WEBKIT_DRIVER_PORT = String(port);
}
const code = await run(fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url)), args, env);
driver?.kill();
process.exit(code);
