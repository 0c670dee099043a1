import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EvRegistration } from '../src/registration/ev-registration.js';
import { renderElement } from './api.js';
import { answersWith, neverAnswers, polizeitage } from './data.js';
import { atWidth, longGermanWords, partnerGdp, partnerMinistry, themingPlayground } from './looks.js';

/** A server that accepts (or waitlists) every registration, so the states show without a back end. */
const accepts =
  (status: 'confirmed' | 'waitlisted'): typeof fetch =>
  async () =>
    new Response(JSON.stringify({ status, id: 'story' }), { status: 201, headers: { 'Content-Type': 'application/json' } });

const person = { salutation: 'frau', givenName: 'Erika', familyName: 'Mustermann', organization: 'Wasserschutzpolizei Hamburg', jobTitle: 'Leitung', email: 'erika.mustermann@polizei.example', group: 'behoerde', consent: true };

/** Fills the form as a person would (values, then the change events the form listens to). */
function fill(el: EvRegistration, values: Record<string, string | boolean>) {
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'boolean') {
      const box = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
      if (box.checked !== value) box.click();
    } else if (name === 'group') {
      [...root.querySelectorAll<HTMLInputElement>('input[name="group"]')].find((r) => r.value === value)?.click();
    } else {
      const input = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
      input.value = value;
      input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
    }
  }
}

async function ready(canvas: HTMLElement): Promise<EvRegistration> {
  const el = canvas.querySelector('ev-registration')!;
  await el.updateComplete;
  // Stories act faster than people; skip the bot check's minimum fill time.
  (el as unknown as { startedAt: number }).startedAt = Date.now() - 60_000;
  return el;
}

const submit = (el: EvRegistration) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();

const meta: Meta = {
  title: 'Widgets/ev-registration',
  component: 'ev-registration',
  tags: ['autodocs'],
  render: (args) => renderElement('ev-registration', args),
  args: { action: '/api/events/story/registrations', 'privacy-href': '#datenschutz', 'consent-version': '2026-11', '.data': polizeitage(30), '.fetcher': accepts('confirmed') },
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const Filled: Story = { play: async ({ canvasElement }) => fill(await ready(canvasElement), person) };
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    fill(el, { givenName: 'Erika', email: 'erika@', group: 'gdp' });
    submit(el);
  },
};
export const Sending: Story = {
  args: { '.fetcher': neverAnswers },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    fill(el, person);
    submit(el);
  },
};
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    fill(el, person);
    submit(el);
  },
};
export const Waitlisted: Story = {
  args: { '.fetcher': accepts('waitlisted'), '.data': polizeitage(30, { remainingAttendeeCapacity: 0, offers: { '@type': 'Offer', availability: 'BackOrder' } }) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    fill(el, person);
    submit(el);
  },
};
export const SendFailed: Story = {
  args: { '.fetcher': answersWith(503) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    fill(el, person);
    submit(el);
  },
};
export const WaitingListOpen: Story = { args: { '.data': polizeitage(30, { remainingAttendeeCapacity: 0, offers: { '@type': 'Offer', availability: 'BackOrder' } }) } };
export const NotYetOpen: Story = { args: { '.data': polizeitage(60, { offers: { '@type': 'Offer', validFrom: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) } }) } };
export const Closed: Story = { args: { '.data': polizeitage(3, { offers: { '@type': 'Offer', validThrough: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) } }) } };
export const Cancelled: Story = { args: { '.data': polizeitage(30, { eventStatus: 'https://schema.org/EventCancelled' }) } };
export const English: Story = { args: { lang: 'en' } };
export const Phone320: Story = atWidth(320);
export const Desktop1280: Story = atWidth(1280);
export const LongGermanWords: Story = longGermanWords();
export const ThemingPlayground: Story = themingPlayground();
export const PartnerGdp: Story = partnerGdp();
export const PartnerMinistry: Story = partnerMinistry();
export const Dark: Story = { args: { theme: 'dark' }, decorators: [(story) => html`<div class="theme-dark">${story()}</div>`] };
