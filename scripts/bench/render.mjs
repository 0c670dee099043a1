// Render benchmarks in headless Chromium: every case runs its variants interleaved (A B, B A, ...)
// in one browser, a fresh page per first-render sample, warm-up samples dropped, medians kept.
import { median, round } from './browser.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const OURS = '/dist/event-widgets.js';

async function openPage(context, base, path) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${path}: ${error.message}`));
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => window.ready === true || window.result !== undefined || window.failed, null, { timeout: 30_000 });
  return page;
}

/** Runs `sample(variant, page)` WARMUP + SAMPLES times per variant, alternating the order. */
async function interleaved(variants, sample) {
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const order = i % 2 ? [...variants].reverse() : variants;
    for (const variant of order) {
      const value = await sample(variant);
      if (i >= WARMUP) results[variant].push(value);
    }
  }
  return results;
}

/** Medians of each metric (script, layout, paint) per variant. */
function summarise(results, metrics) {
  return Object.fromEntries(
    Object.entries(results).map(([variant, samples]) => [
      variant,
      Object.fromEntries(metrics.map((m) => [m, round(median(samples.map((s) => (typeof s === 'number' ? s : s[m]))))])),
    ]),
  );
}

async function firstRender(context, base, name, call, variants = ['floor', 'ours']) {
  const results = await interleaved(variants, async (variant) => {
    const page = await openPage(context, base, `/test/bench/pages/render.html${variant === 'ours' ? `?bundle=${OURS}` : ''}`);
    const value = await page.evaluate(call, variant);
    await page.close();
    return value;
  });
  return { case: name, medians: summarise(results, ['script', 'layout', 'paint']) };
}

async function filterKeystroke(context, base, n, days) {
  const queries = ['f', 'fo', 'for', 'fore', 'foren', 'forens', 'forensi', 'forensik', 'forens', 'for', 'f', ''];
  const medians = {};
  for (const variant of ['floor', 'ours']) {
    const page = await openPage(context, base, `/test/bench/pages/render.html${variant === 'ours' ? `?bundle=${OURS}` : ''}`);
    await page.evaluate(([v, n, d]) => window.harness.agendaFilterSetup(v, n, d), [variant, n, days]);
    const times = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const ms = await page.evaluate((q) => window.keystroke(q), queries[i % queries.length]);
      if (i >= WARMUP) times.push(ms);
    }
    medians[variant] = { script: round(median(times)), max: round(Math.max(...times)) };
    await page.close();
  }
  return { case: `agenda filter keystroke, ${n} sessions`, medians };
}

async function formFocusable(context, base) {
  const variants = ['floor', 'ours', 'material'];
  const results = await interleaved(variants, async (variant) => {
    const page = await openPage(context, base, `/test/bench/pages/form-${variant}.html`);
    const value = await page.evaluate(() => window.result);
    await page.close();
    return value;
  });
  return { case: 'registration: script evaluation to focusable first field', medians: summarise(results, ['script']) };
}

/** 50 countdowns on a fake clock advanced by one minute: script time (CDP) and live timers. */
async function countdownMinute(browser, base) {
  const medians = {};
  for (const variant of ['floor', 'ours']) {
    const scripts = [];
    let timers = 0;
    let moved = true;
    for (let i = 0; i < Math.max(3, Math.round(SAMPLES / 6)) + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.clock.install();
      await page.addInitScript(countTimers);
      await page.goto(`${base}/test/bench/pages/render.html${variant === 'ours' ? `?bundle=${OURS}` : ''}`);
      await page.waitForFunction(() => window.ready === true);
      await page.evaluate((v) => window.harness.countdowns(v, 50), variant);
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      const before = await scriptDuration(session);
      const textBefore = await page.evaluate(() => window.harness.countdownText());
      await page.clock.runFor(60_000);
      const after = await scriptDuration(session);
      moved &&= textBefore !== (await page.evaluate(() => window.harness.countdownText()));
      timers = await page.evaluate(() => window.liveTimers());
      if (i > 0) scripts.push((after - before) * 1000);
      await context.close();
    }
    medians[variant] = { script: round(median(scripts)), timers, moved };
  }
  return { case: '50 countdowns, one simulated minute', medians };
}

async function scriptDuration(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value;
}

/** Init script: counts timers that are pending (set, not yet fired or cleared). */
function countTimers() {
  const live = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = (fn, ms, ...args) => {
    const id = st((...a) => {
      live.delete(id);
      typeof fn === 'function' ? fn(...a) : 0;
    }, ms, ...args);
    live.add(id);
    return id;
  };
  window.clearTimeout = (id) => (live.delete(id), ct(id));
  window.setInterval = (fn, ms, ...args) => {
    const id = si(fn, ms, ...args);
    live.add(id);
    return id;
  };
  window.clearInterval = (id) => (live.delete(id), ci(id));
  window.liveTimers = () => live.size;
}

export async function renderBenchmarks(browser, base) {
  const context = await browser.newContext();
  const cases = [];
  let last = Date.now();
  const log = (c) => {
    console.error(`  measured in ${Math.round((Date.now() - last) / 1000)} s: ${c.case}`);
    last = Date.now();
    cases.push(c);
  };
  log(await firstRender(context, base, 'agenda first render, 300 sessions (1 day)', (v) => window.harness.agendaFirst(v, 300, 1)));
  log(await firstRender(context, base, 'agenda first render, 3000 sessions (10 days)', (v) => window.harness.agendaFirst(v, 3000, 10)));
  log(await filterKeystroke(context, base, 3000, 10));
  log(await firstRender(context, base, 'card first render', (v) => window.harness.cardFirst(v)));
  log(await formFocusable(context, base));
  await context.close();
  log(await countdownMinute(browser, base));
  return cases;
}
