// Minifies the static text of Lit's html`` and css`` templates at build time: indentation,
// CSS comments and the spaces around CSS punctuation are bytes every partner page downloads
// and no browser needs. Bindings are never touched, and every line stays where it was (HTML keeps
// its line breaks; those CSS loses move just outside the template), so source maps stay right
// without a new map.
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

/** HTML: a run of white space that holds a line break becomes that line break alone. */
export function minifyHtmlText(text) {
  return text.replace(/\n[ \t]*(?=\S|\n|$)/g, '\n').replace(/[ \t]+\n/g, '\n');
}

/**
 * CSS: comments, indentation and line breaks out, no spaces around { } ; , : and no `;` before `}`;
 * attribute values that are plain names lose their quotes (`[part~=title]`). Quoted strings are
 * untouched. A line break between two words (a descendant combinator) becomes a space.
 */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\[([\w-]+[~|^$*]?=)'([A-Za-z_][\w-]*)'\]/g, '[$1$2]')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s*\n\s*/g, '\n')
            .replace(/[ \t]*([{};,])[ \t]*/g, '$1')
            .replace(/\n?([{};,])\n?/g, '$1')
            .replace(/^\n|\n$/g, '')
            .replace(/\n/g, ' ')
            .replace(/;}/g, '}')
            .replace(/:[ \t]+/g, ':'),
    )
    .join('');
}

const lineBreaks = (text) => text.split('\n').length - 1;

/**
 * Returns `source` (TypeScript or JavaScript) with the static parts of every html``, css``
 * and svg`` template minified, or `undefined` when there is nothing to change.
 */
export function minifyTemplates(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssText : minifyHtmlText;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      for (const piece of pieces) {
        // Each piece's raw text sits between its delimiters: ` or } before, ` or ${ after.
        const start = piece.getStart(file) + 1;
        const end = piece.getEnd() - (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = source.slice(start, end);
        const small = minify(raw);
        if (small === raw) continue;
        edits.push({ start, end, text: small });
        // The line breaks a piece lost go just outside it, into JavaScript's white space (after `${` or
        // the closing backtick), where the minifier drops them: the lines below keep their numbers.
        const lost = lineBreaks(raw) - lineBreaks(small);
        if (lost > 0) edits.push({ start: end + (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1), end: end + (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1), text: '\n'.repeat(lost) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return undefined;
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The Vite (Rollup/Rolldown) plugin: our own modules only, before TypeScript is stripped. */
export function minifyTemplatesPlugin() {
  return {
    name: 'event-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
