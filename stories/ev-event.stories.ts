import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderElement } from './api.js';
import { answersWith, neverAnswers } from './data.js';

const meta: Meta = {
  title: 'Widgets/ev-event',
  component: 'ev-event',
  tags: ['autodocs'],
  render: (args) => {
    const card = Object.assign(document.createElement('ev-card'), { variant: 'compact' });
    const countdown = Object.assign(document.createElement('ev-countdown'), { format: 'compact' });
    return renderElement('ev-event', args, card, countdown);
  },
  args: { src: '/data/polizeitage-hamburg-2024.json' },
};
export default meta;
type Story = StoryObj;

/** One request, shared by every widget inside. */
export const ProvidesToWidgets: Story = {};
export const FromInlineJsonLd: Story = {
  render: () => html`<ev-event>
    <script type="application/ld+json">
      { "@context": "https://schema.org", "@type": "Event", "name": "Polizeitage (inline JSON-LD)", "startDate": "2030-11-06T09:00", "endDate": "2030-11-06T17:00" }
    </script>
    <ev-card variant="compact"></ev-card>
  </ev-event>`,
};
export const Loading: Story = {
  render: () => html`<ev-event src="/story/event-loading.json" .fetcher=${neverAnswers}><ev-card></ev-card><ev-countdown></ev-countdown></ev-event>`,
};
export const LoadError: Story = {
  render: () => html`<ev-event src="/story/event-missing.json" .fetcher=${answersWith(404)}><ev-card></ev-card><ev-countdown></ev-countdown></ev-event>`,
};
export const English: Story = { args: { lang: 'en' } };
