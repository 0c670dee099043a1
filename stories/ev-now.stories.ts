import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sharedSource } from '../src/data/shared-source.js';
import { renderElement } from './api.js';
import { foyerDay } from './data.js';
import { themingPlayground } from './looks.js';

/** A 16:9 screen of 1280×720 (or, for door screens, 9:16), as the element fills a kiosk's window. */
const screen = (width: number, height: number) => (story: () => unknown) => html`<div style="inline-size:${width}px;max-inline-size:100%;--ev-now-height:${height}px">${story()}</div>`;

const meta: Meta = {
  title: 'Widgets/ev-now',
  component: 'ev-now',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-now', args),
  args: { '.data': foyerDay() },
  decorators: [screen(1280, 720)],
};
export default meta;
type Story = StoryObj;

/** Mid-morning: five rooms, each with its running and its next session; the screen turns to the fifth after 12 seconds. */
export const Morning: Story = {};
/** Between sessions: the next one, with the time until it starts. */
export const BetweenSessions: Story = { args: { room: 'Saal 1, Saal 3', '.data': foyerDay(-30) } };
/** The last session of one room, another room done for the day. */
export const LastSession: Story = { args: { room: 'Saal 2, Saal 3', '.data': foyerDay(210) } };
/** A running session cancelled: said in large type. */
export const Cancelled: Story = {
  args: { room: 'Saal 1, Saal 2', '.data': (() => {
    const day = foyerDay();
    (day.subEvent as Record<string, unknown>[])[0].eventStatus = 'https://schema.org/EventCancelled';
    return day;
  })() },
};
/** The network lost for five minutes: the last programme stays, moves on by the clock and says how old it is. */
export const Offline: Story = {
  render: () => html`<ev-now src="/story/foyer-offline.json" .fetcher=${() => Promise.resolve(new Response(JSON.stringify(foyerDay()), { headers: { 'Content-Type': 'application/ld+json' } }))}></ev-now>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ev-now')!;
    await customElements.whenDefined('ev-now');
    const source = sharedSource(new URL('/story/foyer-offline.json', document.baseURI).href);
    await new Promise((resolve) => setTimeout(resolve, 300));
    Object.assign(source, { failing: true, answeredAt: Date.now() - 5 * 60_000 });
    (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
  },
};
/** A door screen in portrait: one room below the other, three a page. */
export const Portrait: Story = { decorators: [screen(540, 960)] };
export const ThemingPlayground: Story = themingPlayground();
/** In English, light. */
export const EnglishLight: Story = { args: { lang: 'en', theme: 'light' } };
