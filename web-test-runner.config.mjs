import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { fixtureMiddleware } from './test/server/fixture-middleware.mjs';
import { registrationServer } from './test/server/registration-server-plugin.mjs';

const registration = registrationServer();

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
      args: chromiumArgs,
    },
    createBrowserContext: ({ browser }) => browser.newContext({ locale, timezoneId }),
  });
}

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
  // The whole suite runs twice: a visitor in Berlin and one in New York must see the same event times.
  browsers: [browser('de-DE', 'Europe/Berlin')],
  groups: [{ name: 'new-york', files: process.env.WTR_FILES ?? 'test/**/*.test.ts', browsers: [browser('en-US', 'America/New_York')] }],
};
