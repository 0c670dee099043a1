// Where this project's three browser engines are and how they are started; shared by
// web-test-runner.config.mjs, scripts/wtr.mjs and the Node page tests. Nothing here downloads a browser.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** WebDriver capabilities for WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver). Classic WebDriver: BiDi fails to match. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
};

/**
 * Makes a web-test-runner WebDriver launcher navigate a second time when a test file's navigation
 * fails. @web/test-runner-webdriver 0.9.0 does not wait for that navigation (its
 * `SessionManager.queueStartSession` drops the promise), so a navigation WebKit aborts ("This
 * operation was aborted when running "url"", seen once in CI under load) is an unhandled rejection
 * that ends the whole run. Once navigated again it runs as usual; a second failure ends the run as
 * before, and scripts/wtr.mjs starts it once more with a fresh driver.
 */
export function navigateAgainOnFailure(launcher, log = console.warn) {
  const createDriverManager = launcher.createDriverManager.bind(launcher);
  launcher.createDriverManager = async () => {
    const manager = await createDriverManager();
    const navigate = manager.startSession.bind(manager);
    manager.startSession = (id, url) =>
      navigate(id, url).catch((error) => {
        log(`WebDriver: opening ${url} failed (${error?.message ?? error}); opening it again`);
        return navigate(id, url);
      });
    return manager;
  };
  return launcher;
}

/** A TCP port nothing listens on right now. */
export function freePort() {
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

/** Starts WebKitWebDriver on a free port (on `display`, else the current one); `stop()` ends it. */
export async function startWebKitDriver(display = process.env.DISPLAY) {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  await waitForPort(port);
  return { port, stop: () => driver.kill() };
}

/** An X display for WebKitGTK: the current one, or a new Xvfb (`-displayfd` tells its number). */
export async function display() {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, stop() {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise((resolve, reject) => {
    xvfb.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    xvfb.once('exit', () => reject(new Error('Xvfb did not start')));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}
