/**
 * Stories for what designers decide, the same for every widget: a theming playground, the
 * partners' looks, long German words, a phone and a desktop width. Each takes the widget's own
 * render, so every control keeps working in these stories too.
 */
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { polizeitage } from './data.js';

type Story = StoryObj;

/** The page around the widget follows the playground's theme, as a partner's dark page would. */
const pageTheme: Decorator = (story, { args }) => {
  const dark = args.theme === 'dark' || (args.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return html`<div class=${dark ? 'theme-dark' : ''}>${story()}</div>`;
};

/** Accent, surface, font, radius and light/dark/auto, each a control. */
export const themingPlayground = (): Story => ({
  args: { theme: 'light', '--ev-color-accent': '#004b87', '--ev-color-surface': '#ffffff', '--ev-font-family': 'inherit', '--ev-radius': '0.375rem' },
  decorators: [pageTheme],
});

/** The police union's page (demo/gdp.css): serif type, its blue, square corners, a blue frame. */
export const partnerGdp = (): Story => ({
  decorators: [(story) => html`<div class="look-gdp">${story()}</div>`],
});

/** A ministry's page (demo/ministry.css): Arial, black accent, square corners. */
export const partnerMinistry = (): Story => ({
  decorators: [(story) => html`<div class="look-ministry">${story()}</div>`],
});

/** The widget in a column `width` pixels wide. */
export const atWidth = (width: number): Story => ({
  decorators: [(story) => html`<div style="inline-size: ${width}px; max-inline-size: 100%">${story()}</div>`],
  parameters: { layout: 'fullscreen' },
});

/** German compounds as long as public-sector names get, at 320 px: they must break with hyphens, not overflow. */
export const longGermanWords = (): Story => ({
  args: {
    '.data': polizeitage(30, {
      name: 'Bundespolizeidirektionsübergreifende Sicherheitskooperationsfachtagung',
      location: { '@type': 'Place', name: 'Landespolizeiverwaltungsfortbildungszentrum', address: { '@type': 'PostalAddress', streetAddress: 'Grundstücksverkehrsgenehmigungsstraße 1', postalCode: '20148', addressLocality: 'Hamburg' } },
      about: ['Kriminalitätsbekämpfungsinformationsaustausch', 'Videobeobachtungsrechtsgrundlagenüberprüfung'],
      subEvent: [
        { '@type': 'Event', name: 'Datenschutzfolgenabschätzungsverfahrensbeschreibung', startDate: polizeitage(30).startDate, location: 'Grenzschutzeinsatzabteilungsbesprechungsraum' },
      ],
    }),
  },
  decorators: [(story) => html`<div style="inline-size: 320px">${story()}</div>`],
});
