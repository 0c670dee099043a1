import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { EvCard } from '../../src/card/ev-card.js';
import { jsonFixture } from '../helpers/fixtures.js';
import { settled } from '../helpers/wait.js';

/** Accents partners really set: dark blues, the GdP's gold, signal colours, and the extremes. */
const ACCENTS = ['#003b6f', '#00569c', '#b8860b', '#ffd700', '#c00000', '#0b6e4f', '#7fffd4', '#000000', '#ffffff'];
const THEMES = ['light', 'dark'] as const;
const BEFORE = Date.parse('2024-10-20T10:00:00+02:00');

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
/** Any CSS colour (oklch(), color-mix(), hex …) as the sRGB the screen shows, through a canvas. */
function rgb(color: string): [number, number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
/** The first opaque background behind `el`, across shadow roots. */
function backgroundOf(el: Element): number[] {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = rgb(getComputedStyle(node).backgroundColor);
    if (color[3] === 255) return color;
  }
  return [255, 255, 255, 255];
}
function contrast(el: Element): number {
  const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(backgroundOf(el))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('a partner accent stays readable in light and dark', () => {
  let data: Record<string, unknown>;
  before(async () => {
    const hamburg = (await jsonFixture('polizeitage-hamburg-2024.json')) as Record<string, unknown>;
    // Sold out with a waiting list: a badge, and the register button, both in the accent.
    data = { ...hamburg, remainingAttendeeCapacity: 0, offers: { '@type': 'Offer', price: 0, availability: 'https://schema.org/BackOrder', url: 'https://polizeitage.example/anmeldung' } };
  });
  afterEach(() => sinon.restore());

  for (const theme of THEMES) {
    for (const accent of ACCENTS) {
      it(`${theme}, --ev-color-accent: ${accent}: series line, badge, links and buttons reach 4.5:1`, async () => {
        const clock = sinon.useFakeTimers({ now: BEFORE, toFake: ['Date'] });
        const wrapper = await fixture<HTMLElement>(html`<div style=${`--ev-color-accent: ${accent}; background: ${theme === 'dark' ? '#111316' : '#ffffff'}; padding: 1rem`}>
          <ev-card theme=${theme} .data=${data}></ev-card>
        </div>`);
        const el = wrapper.querySelector<EvCard>('ev-card')!;
        await settled(el);
        clock.restore();
        const parts = ['series', 'badge', 'register', 'calendar', 'map-link'].map((name) => [name, el.shadowRoot!.querySelector(`[part~="${name}"]`)] as const);
        const links = [...el.shadowRoot!.querySelectorAll('[part~="facts"] a, [part~="actions"] a:not([part~="register"])')].map((a) => ['link', a] as const);
        for (const [name, node] of [...parts, ...links]) {
          expect(node, name).to.exist;
          expect(contrast(node!), `${name} at ${accent} (${theme})`).to.be.at.least(4.5);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});
