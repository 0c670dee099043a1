import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import './preview.css';

// German is the widgets' default language; stories that show English set lang themselves.
document.documentElement.lang = 'de';

// Controls and docs come from the manifest the analyzer writes from the JSDoc in src/.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // The accessibility panel checks WCAG 2.1 A and AA, the basis of BITV 2.0.
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    layout: 'padded',
  },
};

export default preview;
