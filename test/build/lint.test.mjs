// The lint rules that stand for partner sites' Content-Security-Policy and Trusted Types: each
// banned construct, in each spelling, is reported in src/; the sources themselves report nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const problems = async (code, filePath = 'src/internal/example.ts') => {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
};

describe('lint', () => {
  const banned = {
    'el.innerHTML = text': 'el.innerHTML = text;',
    "el['innerHTML'] = text (which the old line check missed)": "el['innerHTML'] = text;",
    'el.outerHTML = text': 'el.outerHTML = text;',
    'insertAdjacentHTML': "el.insertAdjacentHTML('beforeend', text);",
    "el['insertAdjacentHTML']": "el['insertAdjacentHTML']('beforeend', text);",
    'unsafeHTML': "import { unsafeHTML } from 'lit/directives/unsafe-html.js'; export const x = unsafeHTML;",
    'eval': 'eval(text);',
    'new Function': "export const f = new Function('return 1');",
    'setTimeout with a string': "setTimeout('run()', 10);",
    'document.write': 'document.write(text);',
    'styleMap': "import { styleMap } from 'lit/directives/style-map.js'; export const s = styleMap;",
    'an inline style attribute in a template': "import { html } from 'lit'; export const t = html`<p style=\"color: red\">x</p>`;",
    'localStorage': "localStorage.setItem('k', text);",
    "window['sessionStorage']": "window['sessionStorage'].clear();",
    'document.cookie': "document.cookie = 'a=b';",
  };
  for (const [name, code] of Object.entries(banned)) {
    it(`reports ${name}`, async () => {
      const found = await problems(`declare const el: HTMLElement; declare const text: string;\n${code}`);
      assert.ok(found.some((p) => /^(no-restricted-syntax|no-eval|no-implied-eval|no-new-func)/.test(p)), `${name}: ${found.join('; ') || 'nothing reported'}`);
    });
  }

  it('lets the storage module use storage, and nothing else', async () => {
    assert.deepEqual(await problems("window.localStorage.getItem('k');", 'src/internal/stored-json.ts'), []);
    assert.notDeepEqual(await problems("declare const el: HTMLElement; el['innerHTML'] = '';", 'src/internal/stored-json.ts'), []);
  });

  it('finds nothing in the sources, bin, demo server and scripts', async () => {
    const results = await eslint.lintFiles(['.']);
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}: ${m.ruleId} ${m.message}`));
    assert.deepEqual(found, []);
  });
});
