// Runs in the benchmark page. Each function measures one sample and returns milliseconds;
// scripts/bench/render.mjs opens a fresh page per first-render sample and interleaves variants.
import { programme } from './data.js';
import { floorAgenda, floorCard, floorCountdown } from './floor.js';

const host = () => document.getElementById('host');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves in the microtask after `root` first shows `selector`: Lit commits an update in
 * one go, so this is right after the render that put it there, before any later task.
 */
function appears(root, selector) {
  if (root.querySelector(selector)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Script time (first render on the page), layout (forced style + layout), paint (next frame),
 * and built: when everything is in the DOM (`updateComplete`, after later batches of a long list).
 */
async function timeRender(build) {
  const t0 = performance.now();
  const done = await build();
  const script = performance.now() - t0;
  void document.documentElement.getBoundingClientRect().height;
  const layout = performance.now() - t0;
  await frame();
  const paint = performance.now() - t0;
  await done?.();
  return { script, layout, paint, built: done ? performance.now() - t0 : paint };
}

/** First render of `tag` (ours, until `selector` shows) or of its hand-written floor, for `json`. */
function firstRender(variant, json, tag, selector, floor) {
  return timeRender(async () => {
    if (variant === 'floor') {
      const el = document.createElement('div');
      host().append(el);
      floor(el, json);
      return undefined;
    }
    const el = document.createElement(tag);
    el.data = json;
    host().append(el);
    await appears(el.shadowRoot, selector);
    return () => el.updateComplete;
  });
}

export const agendaFirst = (variant, n, days) => firstRender(variant, programme(n, days), 'ev-agenda', '[part~="session"]', floorAgenda);

export const cardFirst = (variant) => firstRender(variant, programme(12, 1), 'ev-card', '[part~="date"]', floorCard);

/** Renders the agenda once, then returns a keystroke function: types `query` into the search box. */
export async function agendaFilterSetup(variant, n, days) {
  const json = programme(n, days);
  if (variant === 'floor') {
    const el = document.createElement('div');
    host().append(el);
    const filter = floorAgenda(el, json);
    const input = el.shadowRoot.querySelector('input');
    input.addEventListener('input', () => filter(input.value));
    window.keystroke = async (query) => {
      const t0 = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return performance.now() - t0;
    };
    return;
  }
  const el = document.createElement('ev-agenda');
  el.data = json;
  host().append(el);
  await appears(el.shadowRoot, '[part~="session"]');
  await el.updateComplete;
  const input = el.shadowRoot.querySelector('[part~="search"]');
  window.keystroke = async (query) => {
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    return performance.now() - t0;
  };
}

/** 50 countdowns to a start 3 days ahead, showing seconds. */
export async function countdowns(variant, count = 50) {
  const target = Date.now() + 3 * 86_400_000 + 12_345;
  const iso = new Date(target).toISOString();
  const elements = [];
  for (let i = 0; i < count; i++) {
    if (variant === 'floor') {
      const el = document.createElement('div');
      host().append(el);
      floorCountdown(el, target);
      elements.push(el);
    } else {
      const el = document.createElement('ev-countdown');
      el.setAttribute('target', iso);
      el.setAttribute('precision', 'seconds');
      el.setAttribute('name', 'Benchmark');
      el.setAttribute('start', iso);
      host().append(el);
      elements.push(el);
    }
  }
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements.length;
}

/** Text of the first countdown, to check that the clock moved it. */
export function countdownText() {
  const el = host().firstElementChild;
  return (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim();
}
