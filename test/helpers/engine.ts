import { emulateMedia, sendKeys } from '@web/test-runner-commands';

const agent = navigator.userAgent;

/** The browser engine this test page runs in. */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(agent) ? 'firefox' : /Chrome\//.test(agent) ? 'chromium' : 'webkit';

/**
 * The one place that says which tests need what only the Playwright launcher
 * (Chromium) gives: media emulation (print, reduced motion, forced colours).
 * Firefox runs through Puppeteer over WebDriver BiDi and WebKit through WebDriver;
 * neither launcher can emulate media, so such tests are skipped there and
 * everything else runs in all three. (Another time zone and locale come from a
 * second Chromium context, the `new-york` group, and from Firefox's `TZ`.)
 */
export const CAN_EMULATE_MEDIA = ENGINE === 'chromium';

/** Skips the calling test where the launcher cannot emulate media: `needsMediaEmulation(this)`. */
export function needsMediaEmulation(test: Mocha.Context): void {
  if (!CAN_EMULATE_MEDIA) test.skip();
}

/** Puts media emulation back to a plain screen, where there is any to undo. */
export async function resetMedia(): Promise<void> {
  if (CAN_EMULATE_MEDIA) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' });
}

/**
 * Types `text` into the focused field as a person would. WebKitGTK's WebDriver
 * drops the second of two equal keys in one sequence ("Mustermann" arrives as
 * "Musterman"), so the text goes in runs that never repeat a key.
 */
export async function typeText(text: string): Promise<void> {
  const runs: string[] = [];
  for (const char of text) {
    if (runs.length && !runs[runs.length - 1].endsWith(char)) runs[runs.length - 1] += char;
    else runs.push(char);
  }
  for (const run of runs) await sendKeys({ type: run });
}
