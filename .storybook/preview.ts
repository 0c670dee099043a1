import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesFor, declarationOf } from '../stories/api.js';
import '../src/define.js';
import './preview.css';

// German is the widgets' default language; stories that show English set lang themselves.
document.documentElement.lang = 'de';

// Controls and docs come from the manifest the analyzer writes from the JSDoc in src/:
// the public API only, one row each, with a control where a designer sees the change.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Docs pages render stories inside Storybook's own (English) page: keep the widgets German there too.
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: argTypesFor,
      extractComponentDescription: (tag: string) => {
        const { summary, description } = declarationOf(tag);
        return [summary, description].filter(Boolean).join('\n\n');
      },
    },
    // The accessibility panel checks WCAG 2.1 A and AA, the basis of BITV 2.0.
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    layout: 'padded',
  },
};

export default preview;
