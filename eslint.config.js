// ESLint (npm run lint, in npm test): the recommended sets of ESLint, typescript-eslint, Lit and
// web components, and the security bans of partner sites with a strict Content-Security-Policy
// and Trusted Types: no markup from strings, no eval, no inline styles, no unrequested storage.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const markup = /^(innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/;
/** Each ban matches both spellings, `el.innerHTML` and `el['innerHTML']`. */
const member = (names) => [`MemberExpression[property.name=${names}]`, `MemberExpression[computed=true][property.value=${names}]`];

const securityBans = [
  ...member(markup).map((selector) => ({ selector, message: 'Parses a string as markup: build DOM with Lit templates instead (Trusted Types refuse this).' })),
  { selector: 'ImportSpecifier[imported.name=/^unsafe(HTML|SVG|Static)$/]', message: 'Renders data as markup.' },
  { selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]', message: 'Parses a string as markup.' },
  { selector: 'CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]', message: 'A string as code needs unsafe-eval.' },
  { selector: 'ImportSpecifier[imported.name="styleMap"]', message: 'An inline style attribute needs unsafe-inline in the CSP: use classes and custom properties.' },
  { selector: 'TemplateElement[value.raw=/\\sstyle=/]', message: 'An inline style attribute needs unsafe-inline in the CSP: use classes and custom properties.' },
  ...['Identifier[name=/^(localStorage|sessionStorage)$/]', ...member('/^(localStorage|sessionStorage|cookie)$/')].map((selector) => ({
    selector,
    message: 'Storage only where the visitor asked for it, through src/internal/stored-json.ts (README, Privacy).',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'test/', 'stories/', 'demo/*.js', 'demo/**/*.html', '.storybook/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...securityBans],
    },
  },
  {
    // The one module that touches storage; see its comment for who may use it and why.
    files: ['src/internal/stored-json.ts'],
    rules: { 'no-restricted-syntax': ['error', ...securityBans.filter((ban) => !ban.message.startsWith('Storage'))] },
  },
  {
    files: ['**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // Scripts that drive browsers pass functions that run in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
