// Render benchmarks in headless Chromium: every case runs its variants interleaved (A B, B A, ...)
// in one browser, a fresh document per first-render sample (one tab, navigated: a new tab per
// sample costs 0.6 s, a navigation 0.08 s), warm-up samples dropped, medians kept.
import { median, round } from './browser.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
// Render cost once an element is defined: the self-contained file defines every element when it is
// imported (the one tag defines each later, when its chunk has come; its cost is firstPaintWithLatency's).
const OURS = '/dist/event-widgets-all.js';

/** Loads `path` as a new document in `page` and waits until its script says it is ready. */
async function open(page, base, path) {
  await page.goto(`${base}${path}`);
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          if (window.ready === true || window.result !== undefined) resolve();
          else if (performance.now() - started > 30_000) reject(new Error(`${location.pathname} never got ready`));
          else setTimeout(check, 5);
        };
        check();
      }),
  );
}

async function newTab(context) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  return page;
}

const renderPage = (variant) => `/test/bench/pages/render.html${variant === 'ours' ? `?bundle=${OURS}` : ''}`;

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
  const page = await newTab(context);
  const results = await interleaved(variants, async (variant) => {
    await open(page, base, renderPage(variant));
    return page.evaluate(call, variant);
  });
  await page.close();
  return { case: name, medians: summarise(results, ['script', 'layout', 'paint', 'built']) };
}

async function filterKeystroke(context, base, n, days) {
  const queries = ['f', 'fo', 'for', 'fore', 'foren', 'forens', 'forensi', 'forensik', 'forens', 'for', 'f', ''];
  const medians = {};
  for (const variant of ['floor', 'ours']) {
    const page = await newTab(context);
    await open(page, base, renderPage(variant));
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
  const page = await newTab(context);
  const results = await interleaved(variants, async (variant) => {
    await open(page, base, `/test/bench/pages/form-${variant}.html`);
    return page.evaluate(() => window.result);
  });
  await page.close();
  return { case: 'registration: script evaluation to focusable first field', medians: summarise(results, ['script']) };
}

/** 50 countdowns on a fake clock advanced by one minute: script time (CDP) and live timers. */
async function countdownMinute(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Both stay for every navigation: each new document gets the fake clock and the timer count.
  await page.clock.install();
  await page.addInitScript(countTimers);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const found = { floor: { timers: 0, moved: true }, ours: { timers: 0, moved: true } };
  const results = await interleaved(['floor', 'ours'], async (variant) => {
    await page.goto(`${base}${renderPage(variant)}`);
    // Not open(): its in-page wait uses setTimeout, which the fake clock holds.
    while (!(await page.evaluate(() => window.ready === true))) await new Promise((r) => setTimeout(r, 5));
    await page.evaluate((v) => window.harness.countdowns(v, 50), variant);
    const before = await scriptDuration(session);
    const textBefore = await page.evaluate(() => window.harness.countdownText());
    await page.clock.runFor(60_000);
    const after = await scriptDuration(session);
    found[variant].moved &&= textBefore !== (await page.evaluate(() => window.harness.countdownText()));
    found[variant].timers = await page.evaluate(() => window.liveTimers());
    return (after - before) * 1000;
  });
  await context.close();
  const medians = Object.fromEntries(Object.entries(results).map(([v, ms]) => [v, { script: round(median(ms)), ...found[v] }]));
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
      if (typeof fn === 'function') fn(...a);
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

/** Every case, by name; `BENCH_ONLY=countdown` runs those whose name contains that text. */
export async function renderBenchmarks(browser, base) {
  const context = await browser.newContext();
  const all = [
    ['agenda first render, 300 sessions', () => firstRender(context, base, 'agenda first render, 300 sessions (1 day)', (v) => window.harness.agendaFirst(v, 300, 1))],
    ['agenda first render, 3000 sessions', () => firstRender(context, base, 'agenda first render, 3000 sessions (10 days)', (v) => window.harness.agendaFirst(v, 3000, 10))],
    ['agenda filter keystroke', () => filterKeystroke(context, base, 3000, 10)],
    ['card first render', () => firstRender(context, base, 'card first render', (v) => window.harness.cardFirst(v))],
    ['registration', () => formFocusable(context, base)],
    ['countdowns', () => countdownMinute(browser, base)],
  ];
  const only = process.env.BENCH_ONLY;
  const cases = [];
  for (const [name, run] of all.filter(([name]) => !only || name.includes(only))) {
    const started = Date.now();
    const result = await run();
    console.error(`  measured in ${Math.round((Date.now() - started) / 1000)} s: ${name}`);
    cases.push(result);
  }
  await context.close();
  return cases;
}
