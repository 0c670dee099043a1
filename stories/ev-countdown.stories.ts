import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from './api.js';
import { answersWith, monthlyOfficeHour, neverAnswers, polizeitage, runningNow } from './data.js';
import { atWidth, longGermanWords, partnerGdp, partnerMinistry, themingPlayground } from './looks.js';

const meta: Meta = {
  title: 'Widgets/ev-countdown',
  component: 'ev-countdown',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-countdown', args),
  args: { '.data': polizeitage(12) },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithSeconds: Story = { args: { precision: 'seconds' } };
export const Compact: Story = { args: { format: 'compact' } };
export const Tomorrow: Story = { args: { format: 'compact', '.data': polizeitage(1) } };
export const RegistrationDeadline: Story = { args: { until: 'registration-end' } };
export const Running: Story = { args: { '.data': runningNow() } };
export const Recurring: Story = { args: { '.data': monthlyOfficeHour() } };
export const Ended: Story = { render: () => html`<ev-countdown src="/data/polizeitage-hamburg-2024.json"></ev-countdown>` };
export const OwnTarget: Story = { render: () => html`<ev-countdown target="2030-01-01T00:00"></ev-countdown>` };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { render: () => html`<ev-countdown src="/story/loading.json" .fetcher=${neverAnswers}></ev-countdown>` };
export const LoadError: Story = { render: () => html`<ev-countdown src="/story/error.json" .fetcher=${answersWith(500)}></ev-countdown>` };
export const Cancelled: Story = { args: { '.data': polizeitage(12, { eventStatus: 'https://schema.org/EventCancelled' }) } };
export const Postponed: Story = { args: { '.data': polizeitage(12, { eventStatus: 'https://schema.org/EventPostponed' }) } };
export const Phone320: Story = atWidth(320);
export const Desktop1280: Story = atWidth(1280);
export const LongGermanWords: Story = longGermanWords();
export const ThemingPlayground: Story = themingPlayground();
export const PartnerGdp: Story = partnerGdp();
export const PartnerMinistry: Story = partnerMinistry();
export const Themed: Story = { decorators: [(story) => html`<div class="theme-partner">${story()}</div>`] };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [(story) => html`<div class="theme-dark">${story()}</div>`] };
