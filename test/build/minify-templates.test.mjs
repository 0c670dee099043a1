import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/build/minify-templates.mjs';

test('css: comments, indentation, line breaks and spaces around punctuation go; strings and values stay', () => {
  const css = `
    /* a comment
       over two lines */
    :host([variant='compact']) [part~='title'] , select {
      margin : 0 0 var(--_gap);
      font-family: "Open Sans", sans-serif;
      grid-template-columns: minmax(0, 1fr);
    }`;
  assert.equal(
    minifyCssText(css),
    `:host([variant=compact]) [part~=title],select{margin :0 0 var(--_gap);font-family:"Open Sans",sans-serif;grid-template-columns:minmax(0,1fr)}`,
  );
  assert.equal(minifyCssText(`[title='a: b, c;']{x:y}`), `[title='a: b, c;']{x:y}`);
  // A line break between two selectors is a descendant combinator: it stays a space.
  assert.equal(minifyCssText(`:host([open])\n  [part~='panel'] {\n  display: block;\n}`), `:host([open]) [part~=panel]{display:block}`);
  // Quotes stay where the value is not a plain name.
  assert.equal(minifyCssText(`[lang='de-DE'],[data-x='1a'],[title='a b']{x:y}`), `[lang=de-DE],[data-x='1a'],[title='a b']{x:y}`);
});

test('html: indentation goes, line breaks and single spaces stay', () => {
  assert.equal(minifyHtmlText('<li>\n      <span>a</span> <b>b</b>   \n    </li>'), '<li>\n<span>a</span> <b>b</b>\n</li>');
});

test('only the static text of html, css and svg templates changes; bindings and other strings do not', () => {
  const source = [
    'const a = html`<p>\n    ${x}  ${html`<b>\n      ${y}</b>`}\n  </p>`;',
    'const b = css`:host {\n  margin: ${unsafeCSS(m)} 0;\n}`;',
    'const c = `keep\n    this`;',
    "const d = other`keep\n    this`;",
    "const e = '  spaced  ';",
  ].join('\n');
  const out = minifyTemplates(source);
  assert.equal(
    out,
    [
      'const a = html`<p>\n${x}  ${html`<b>\n${y}</b>`}\n</p>`;',
      // CSS's lost line breaks move into JavaScript's white space: the next line keeps its number.
      'const b = css`:host{margin:${\nunsafeCSS(m)} 0}`\n;',
      'const c = `keep\n    this`;',
      "const d = other`keep\n    this`;",
      "const e = '  spaced  ';",
    ].join('\n'),
  );
  assert.equal(minifyTemplates('const x = 1;'), undefined);
});

test('every source module keeps its line count and its bindings', () => {
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  let changed = 0;
  for (const file of files('src')) {
    const source = readFileSync(file, 'utf8');
    const out = minifyTemplates(source, file);
    if (out === undefined) continue;
    changed += 1;
    assert.equal(out.split('\n').length, source.split('\n').length, `${file}: lines moved`);
    assert.equal(out.split('${').length, source.split('${').length, `${file}: bindings changed`);
    assert.ok(out.length < source.length, `${file}: not smaller`);
  }
  assert.ok(changed >= 10, `only ${changed} modules had templates`);
});
