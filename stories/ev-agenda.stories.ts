import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answersWith, liveProgramme, longDay, neverAnswers, polizeitage } from './data.js';

const meta: Meta = {
  title: 'Widgets/ev-agenda',
  component: 'ev-agenda',
  tags: ['autodocs'],
  render: (args) => html`<ev-agenda src=${args.src ?? '/data/polizeitage-hamburg-2024.json'} view=${args.view ?? 'list'} lang=${args.lang ?? 'de'} theme=${args.theme ?? 'light'}></ev-agenda>`,
};
export default meta;
type Story = StoryObj;

export const Polizeitage: Story = {};
export const TwoDaysWithTracks: Story = { args: { src: '/data/polizeikongress-musterstadt-2027.json' } };
export const Compact: Story = { args: { view: 'compact' } };
export const Live: Story = { render: () => html`<ev-agenda .data=${liveProgramme()}></ev-agenda>` };
/** 300 sessions on one day: the first 30 render at once, the rest follow in batches after the first paint. */
export const LongDay: Story = { render: () => html`<ev-agenda .data=${longDay(300)}></ev-agenda>` };
export const Empty: Story = { render: () => html`<ev-agenda .data=${polizeitage(30, { subEvent: [] })}></ev-agenda>` };
export const Loading: Story = { render: () => html`<ev-agenda src="/story/agenda-loading.json" .fetcher=${neverAnswers}></ev-agenda>` };
export const LoadError: Story = { render: () => html`<ev-agenda src="/story/agenda-error.json" .fetcher=${answersWith(404)}></ev-agenda>` };
export const English: Story = { args: { lang: 'en', src: '/data/european-police-forum-2027.json' } };
export const Themed: Story = { render: () => html`<div class="theme-partner"><ev-agenda src="/data/polizeitage-hamburg-2024.json"></ev-agenda></div>` };
export const Dark: Story = { render: () => html`<div class="theme-dark"><ev-agenda theme="dark" src="/data/polizeitage-hamburg-2024.json"></ev-agenda></div>` };
