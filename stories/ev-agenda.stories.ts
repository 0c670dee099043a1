import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from './api.js';
import { answersWith, changedProgramme, liveProgramme, longDay, neverAnswers, polizeitage, seenBefore } from './data.js';
import { atWidth, longGermanWords, partnerGdp, partnerMinistry, themingPlayground } from './looks.js';

const meta: Meta = {
  title: 'Widgets/ev-agenda',
  component: 'ev-agenda',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-agenda', args),
  args: { src: '/data/polizeitage-hamburg-2024.json' },
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
/** A returning visitor: one session of each kind of change is marked, and the summary on top names them. */
export const ChangesSinceLastVisit: Story = {
  loaders: [() => seenBefore(liveProgramme())],
  render: (_, { loaded }) => html`<ev-agenda .data=${changedProgramme(loaded.earlier)}></ev-agenda>`,
};
/** The same in English, on a dark page. */
export const ChangesEnglishDark: Story = {
  loaders: [() => seenBefore(liveProgramme())],
  render: (_, { loaded }) => html`<div class="theme-dark"><ev-agenda lang="en" theme="dark" .data=${changedProgramme(loaded.earlier)}></ev-agenda></div>`,
};
/** Sessions with a status of their own: cancelled (struck through), postponed, rescheduled, moved online. */
export const SessionStatuses: Story = {
  render: () => {
    const programme = liveProgramme();
    const statuses = [undefined, 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'];
    const subEvent = (programme.subEvent as Record<string, unknown>[]).map((s, i) => (statuses[i] ? { ...s, eventStatus: `https://schema.org/${statuses[i]}` } : s));
    return html`<ev-agenda changes="off" .data=${{ ...programme, subEvent }}></ev-agenda>`;
  },
};
export const Cancelled: Story = { args: { src: undefined, '.data': polizeitage(30, { eventStatus: 'https://schema.org/EventCancelled', subEvent: liveProgramme().subEvent }) } };
export const Phone320: Story = atWidth(320);
export const Desktop1280: Story = atWidth(1280);
export const LongGermanWords: Story = { ...longGermanWords(), args: { src: undefined, ...longGermanWords().args } };
export const ThemingPlayground: Story = themingPlayground();
export const PartnerGdp: Story = partnerGdp();
export const PartnerMinistry: Story = partnerMinistry();
export const Themed: Story = { decorators: [(story) => html`<div class="theme-partner">${story()}</div>`] };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [(story) => html`<div class="theme-dark">${story()}</div>`] };
