import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from './api.js';
import { answersWith, neverAnswers, polizeitageSeries } from './data.js';
import { atWidth, longGermanWords, partnerGdp, partnerMinistry, themingPlayground } from './looks.js';

const meta: Meta = {
  title: 'Widgets/ev-series',
  component: 'ev-series',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-series', args),
  args: { '.data': polizeitageSeries() },
};
export default meta;
type Story = StoryObj;

export const Polizeitage: Story = {};
/** The demo's file: the real Polizeitage Hamburg 2024 and marked examples. */
export const FromFile: Story = { args: { '.data': undefined, src: '/data/series/polizeitage.json' } };
export const MonthView: Story = { args: { view: 'month', 'week-numbers': true } };
export const ByYear: Story = { args: { 'group-by': 'year' } };
export const Archive: Story = { args: { archive: true } };
/** A union's regional page: only Hamburg. */
export const RegionHamburg: Story = { args: { region: 'Hamburg' } };
export const NothingComing: Story = { args: { '.data': polizeitageSeries({ subEvent: (polizeitageSeries().subEvent as unknown[]).slice(0, 1) }) } };
export const WithFeed: Story = { args: { feed: 'https://polizeitage.example/api/series/polizeitage.ics' } };
export const Loading: Story = { render: () => html`<ev-series src="/story/series-loading.json" .fetcher=${neverAnswers}></ev-series>` };
export const LoadError: Story = { render: () => html`<ev-series src="/story/series-error.json" .fetcher=${answersWith(404)}></ev-series>` };
export const English: Story = { args: { lang: 'en' } };
export const Phone320: Story = atWidth(320);
export const MonthPhone280: Story = { ...atWidth(280), args: { view: 'month' } };
export const Desktop1280: Story = { ...atWidth(1280), args: { view: 'month' } };
export const LongGermanWords: Story = longGermanWords();
export const ThemingPlayground: Story = themingPlayground();
export const PartnerGdp: Story = partnerGdp();
export const PartnerMinistry: Story = partnerMinistry();
export const Dark: Story = { args: { theme: 'dark' }, decorators: [(story) => html`<div class="theme-dark">${story()}</div>`] };
