import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answersWith, neverAnswers, polizeitage, runningNow } from './data.js';

const meta: Meta = {
  title: 'Widgets/ev-countdown',
  component: 'ev-countdown',
  tags: ['autodocs'],
  render: (args) =>
    html`<ev-countdown
      .data=${args.data}
      precision=${args.precision ?? 'minutes'}
      format=${args.format ?? 'full'}
      until=${args.until ?? 'start'}
      lang=${args.lang ?? 'de'}
      theme=${args.theme ?? 'light'}
    ></ev-countdown>`,
  args: { data: polizeitage(12) },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithSeconds: Story = { args: { precision: 'seconds' } };
export const Compact: Story = { args: { format: 'compact' } };
export const Tomorrow: Story = { args: { format: 'compact', data: polizeitage(1) } };
export const RegistrationDeadline: Story = { args: { until: 'registration-end' } };
export const Running: Story = { args: { data: runningNow() } };
export const Ended: Story = { render: () => html`<ev-countdown src="/data/polizeitage-hamburg-2024.json"></ev-countdown>` };
export const OwnTarget: Story = { render: () => html`<ev-countdown target="2030-01-01T00:00"></ev-countdown>` };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { render: () => html`<ev-countdown src="/story/loading.json" .fetcher=${neverAnswers}></ev-countdown>` };
export const LoadError: Story = { render: () => html`<ev-countdown src="/story/error.json" .fetcher=${answersWith(500)}></ev-countdown>` };
export const Themed: Story = { render: (args) => html`<div class="theme-partner"><ev-countdown .data=${args.data}></ev-countdown></div>` };
export const Dark: Story = { render: (args) => html`<div class="theme-dark"><ev-countdown theme="dark" .data=${args.data}></ev-countdown></div>` };
