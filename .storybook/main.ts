import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs: one page per element, generated from custom-elements.json (see preview.ts).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The demo's event files, so stories load real JSON-LD by URL as partner pages do.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // Storybook's renderer imports lit/directive-helpers.js, which Vite does not pre-bundle on its
  // own: it then loads a second lit-html beside the pre-bundled one ("Multiple versions of Lit").
  viteFinal: (vite) => ({ ...vite, optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] } }),
};

export default config;
