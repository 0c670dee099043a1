// Writes editor support from custom-elements.json into dist/:
// - vscode.html-custom-data.json: tags, attributes and their values for VS Code's HTML completion
//   (settings: "html.customData": ["./node_modules/event-widgets/dist/vscode.html-custom-data.json"]);
// - jsx.d.ts: the tags for JSX in Preact, Solid, Stencil and other frameworks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const literals = (type) => {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
};

const tags = elements.map((el) => ({
  name: el.tagName,
  description: [el.summary, el.description].filter(Boolean).join('\n\n'),
  attributes: (el.attributes ?? [])
    .filter((a) => a.fieldName)
    .map((a) => {
      const values = literals(a.type?.text);
      return {
        name: a.name,
        description: a.description ?? '',
        ...(values.length ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
}));

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');

const attributeType = (a) => {
  const values = literals(a.type?.text);
  if (values.length) return values.map((v) => `'${v}'`).join(' | ');
  if (a.type?.text === 'boolean') return 'boolean';
  if (a.type?.text === 'number') return 'number | string';
  return 'string';
};
const jsx = `// Generated from custom-elements.json by scripts/editor-data.mjs.
type EvBase = { class?: string; id?: string; lang?: string; slot?: string; hidden?: boolean; children?: unknown; [data: \`data-\${string}\`]: string };
${elements
  .map(
    (el) => `type ${el.name}Attributes = EvBase & {\n${(el.attributes ?? [])
      .filter((a) => a.fieldName)
      .map((a) => `  /** ${(a.description ?? '').replace(/\*\//g, '* /')} */\n  '${a.name}'?: ${attributeType(a)};`)
      .join('\n')}\n};`,
  )
  .join('\n')}

declare global {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': ${el.name}Attributes;`).join('\n')}
    }
  }
}

export {};
`;
writeFileSync('dist/jsx.d.ts', jsx);
console.log(`editor data: ${tags.length} tags in dist/vscode.html-custom-data.json and dist/jsx.d.ts`);
