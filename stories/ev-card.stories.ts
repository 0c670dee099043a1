import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from './api.js';
import { answersWith, monthlyOfficeHour, neverAnswers, polizeitage, runningNow } from './data.js';
import { atWidth, longGermanWords, partnerGdp, partnerMinistry, themingPlayground } from './looks.js';

const meta: Meta = {
  title: 'Widgets/ev-card',
  component: 'ev-card',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-card', args),
  args: { '.data': polizeitage(30) },
};
export default meta;
type Story = StoryObj;

const offer = (o: object) => ({ offers: { '@type': 'Offer', price: 0, url: '#anmeldung', ...o } });

export const Default: Story = {};
export const FromJsonUrl: Story = { render: () => html`<ev-card src="/data/polizeitage-hamburg-2024.json"></ev-card>` };
export const FromAttributes: Story = {
  render: () => html`<ev-card name="Polizeitage Hamburg" start="2030-11-06T09:00" end="2030-11-06T17:00" location="Grand Elysée Hamburg" address="Rothenbaumchaussee 10, 20148 Hamburg"></ev-card>`,
};
export const InsideEvEvent: Story = {
  render: () => html`<ev-event src="/data/digitaler-polizeitag-2027.json"><ev-card></ev-card></ev-event>`,
};
export const Loading: Story = { render: () => html`<ev-card src="/story/loading.json" .fetcher=${neverAnswers}></ev-card>` };
/** While it loads, the card keeps the height the page reserved (`--ev-reserved-block-size`, outlined here): no layout shift. */
export const LoadingWithReservedSpace: Story = {
  render: () =>
    html`<ev-card src="/story/loading-reserved.json" .fetcher=${neverAnswers} style="--ev-reserved-block-size: 20rem; outline: 1px dashed #767676"></ev-card>
      <p>Text below the card stays where it is when the card arrives.</p>`,
};
export const LoadError: Story = { render: () => html`<ev-card src="/story/missing.json" .fetcher=${answersWith(404)}></ev-card>` };
export const InvalidData: Story = { args: { '.data': { '@type': 'Event', name: 'Ohne Datum' } } };
export const Cancelled: Story = { args: { '.data': polizeitage(30, { eventStatus: 'https://schema.org/EventCancelled' }) } };
export const Postponed: Story = { args: { '.data': polizeitage(30, { eventStatus: 'https://schema.org/EventPostponed' }) } };
export const Rescheduled: Story = {
  args: { '.data': polizeitage(40, { eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: new Date(Date.now() + 20 * 86_400_000).toISOString() }) },
};
export const MovedOnline: Story = {
  args: { '.data': polizeitage(30, { eventStatus: 'https://schema.org/EventMovedOnline', location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' } }) },
};
export const OnlineEvent: Story = { render: () => html`<ev-card src="/data/digitaler-polizeitag-2027.json"></ev-card>` };
export const SoldOut: Story = { args: { '.data': polizeitage(30, { remainingAttendeeCapacity: 0, ...offer({ availability: 'SoldOut' }) }) } };
export const WaitingList: Story = { args: { '.data': polizeitage(30, offer({ availability: 'BackOrder' })) } };
export const RegistrationNotYetOpen: Story = { args: { '.data': polizeitage(60, offer({ validFrom: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) })) } };
export const RegistrationClosed: Story = { args: { '.data': polizeitage(5, offer({ validThrough: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) })) } };
export const RunningNow: Story = { args: { '.data': runningNow() } };
export const Past: Story = { render: () => html`<ev-card src="/data/polizeitage-hamburg-2024.json"></ev-card>` };
export const TwoDays: Story = { render: () => html`<ev-card src="/data/polizeikongress-musterstadt-2027.json"></ev-card>` };
export const Recurring: Story = { args: { '.data': monthlyOfficeHour() } };
export const AllDay: Story = { render: () => html`<ev-card src="/data/fachmesse-musterstadt-allday.json"></ev-card>` };
export const Compact: Story = { args: { variant: 'compact' } };
export const English: Story = { args: { lang: 'en' } };
export const Narrow280: Story = atWidth(280);
export const Phone320: Story = atWidth(320);
export const Desktop1280: Story = atWidth(1280);
export const LongGermanWords: Story = longGermanWords();
export const CompactRow: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem">
    <ev-card variant="compact" .data=${polizeitage(20)}></ev-card>
    <ev-card variant="compact" .data=${polizeitage(50, { name: 'Polizeisymposium Musterstadt', superEvent: undefined, about: [] })}></ev-card>
    <ev-card variant="compact" .data=${polizeitage(80, { name: 'Digitaler Polizeitag', location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/online' } })}></ev-card>
  </div>`,
};
export const ThemingPlayground: Story = themingPlayground();
export const PartnerGdp: Story = partnerGdp();
export const PartnerMinistry: Story = partnerMinistry();
export const Themed: Story = { decorators: [(story) => html`<div class="theme-partner">${story()}</div>`] };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [(story) => html`<div class="theme-dark">${story()}</div>`] };
