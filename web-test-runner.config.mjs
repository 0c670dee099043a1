import { writeSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { FIREFOX_PATH, navigateAgainOnFailure, webkitCapabilities } from './scripts/browsers.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { fixtureMiddleware } from './test/server/fixture-middleware.mjs';
import { registrationServer } from './test/server/registration-server-plugin.mjs';

const registration = registrationServer();

// An error thrown in this process (the test server, the registration server it runs) stops the runner
// at once, and the runner's console is buffered for its progress bars: its own message about it is lost.
// Write such an error straight to stderr, so a stopped run says why.
process.on('uncaughtExceptionMonitor', (error, origin) => {
  writeSync(2, `\nweb-test-runner stopped by an error in its own process (${origin}):\n${error?.stack ?? error}\n`);
});

/** Flags Debian's Chromium needs as root on a machine without outside network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function browser(locale, timezoneId) {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      // A collectable, exactly measured heap: the foyer screen's all-day test reads it (test/now/ev-now.test.ts).
      args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    },
    createBrowserContext: ({ browser }) => browser.newContext({ locale, timezoneId }),
  });
}

/**
 * Firefox through Puppeteer's WebDriver BiDi (Debian's firefox-esr; no geckodriver, no download).
 * Its time zone comes from the process environment, so a second Firefox can be a visitor in New York.
 */
function firefox(timeZone = 'Europe/Berlin') {
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: { ...process.env, TZ: timeZone },
      extraPrefsFirefox: { 'intl.locale.requested': 'de-DE', 'intl.accept_languages': 'de-DE, de' },
    },
  });
}

/** WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver, which scripts/wtr.mjs starts under a display. */
function webkit() {
  return navigateAgainOnFailure(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4446),
      logLevel: 'error',
      capabilities: webkitCapabilities,
    }),
  );
}

/** Test files whose results depend on the visitor's time zone: a Firefox in New York runs them too. */
const ZONE_SENSITIVE = ['test/data/{time,format,countdown,ics,agenda,clock-skew}.test.ts', 'test/{card,countdown,agenda,now}/*.test.ts'];

/** Engines to run, e.g. WTR_ENGINES=firefox; all three by default. */
const engines = (process.env.WTR_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const launchers = { chromium: () => browser('de-DE', 'Europe/Berlin'), firefox: () => firefox(), webkit: () => webkit() };
const unknown = engines.filter((engine) => !(engine in launchers));
if (unknown.length) throw new Error(`WTR_ENGINES: unknown engine ${unknown.join(', ')}; use chromium, firefox, webkit`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  middleware: [fixtureMiddleware, registration.middleware],
  reporters: [defaultReporter(), summaryReporter()],
  // Templates minified as in the build, before esbuild strips the types: tests see what ships.
  plugins: [
    {
      name: 'minify-templates',
      transform(context) {
        if (!/^\/src\/.*\.ts$/.test(context.path)) return undefined;
        const body = minifyTemplates(context.body, context.path);
        return body === undefined ? undefined : { body };
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    registration.plugin,
  ],
  testFramework: { config: { timeout: 10_000 } },
  // Each test file starts as a first visit: no agenda remembers what an earlier file's programme was
  // (the change marks, src/agenda/changes.ts), so no file sees marks it did not ask for.
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script src="/test/helpers/cloneable-failures.js"></script><script>for (const key of Object.keys(localStorage)) if (key.startsWith('event-widgets:seen:')) localStorage.removeItem(key);</script><script type="module" src="${framework}"></script></body></html>`,
  // Every engine as a visitor in Berlin; the groups below add one in New York, who must see the same event times.
  browsers: engines.map((engine) => launchers[engine]()),
  // The whole suite again for a visitor in New York; in Firefox (zone from TZ) the files where the zone matters.
  groups: [
    ...(engines.includes('chromium') ? [{ name: 'new-york', files: process.env.WTR_FILES ?? 'test/**/*.test.ts', browsers: [browser('en-US', 'America/New_York')] }] : []),
    ...(engines.includes('firefox') ? [{ name: 'new-york-firefox', files: process.env.WTR_FILES ?? ZONE_SENSITIVE, browsers: [firefox('America/New_York')] }] : []),
  ],
};
