// Writes editor support from custom-elements.json into dist/:
// - vscode.html-custom-data.json: tags, attributes and their values for VS Code's HTML completion
//   (settings: "html.customData": ["./node_modules/event-widgets/dist/vscode.html-custom-data.json"]);
// - jsx/: the tags for JSX in React 19, Preact, Solid and the global namespace (Stencil and others).
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
    .filter((a) => a.fieldName || a.name !== 'lang')
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

// JSX types. Every framework keeps its tags in its own namespace (React 19 and Preact in their
// module, Solid in `solid-js`, Stencil and others in the global `JSX`), so attributes.d.ts holds
// the tags' attributes once and each file adds them where its framework looks.
const header = '// Generated from custom-elements.json by scripts/editor-data.mjs.\n';
const attributes = `${header}${elements.map((el) => `import type { ${el.name} } from '../types/define/${el.tagName}.js';`).join('\n')}

/** Attributes every tag takes, in any framework. */
export interface EvBaseAttributes {
  id?: string;
  lang?: string;
  slot?: string;
  hidden?: boolean;
  part?: string;
  title?: string;
  tabindex?: number | string;
  [data: \`data-\${string}\`]: string | number | boolean | undefined;
  [aria: \`aria-\${string}\`]: string | number | boolean | undefined;
}
${elements
  .map(
    (el) => `
/** \`<${el.tagName}>\`: ${(el.summary ?? '').replace(/\*\//g, '* /')} */
export interface ${el.name}Attributes extends EvBaseAttributes {\n${(el.attributes ?? [])
      .filter((a) => a.fieldName || a.name !== 'lang')
      .map((a) => `  /** ${(a.description ?? '').replace(/\*\//g, '* /')} */\n  '${a.name}'?: ${attributeType(a)};`)
      .join('\n')}\n  /** Event data as an object (schema.org Event JSON-LD), instead of \`src\`. */\n  data?: unknown;\n}`,
  )
  .join('\n')}

/** Each tag with its attributes and its element class. */
export interface EventWidgetsTags {
${elements.map((el) => `  '${el.tagName}': { attributes: ${el.name}Attributes; element: ${el.name} };`).join('\n')}
}
`;

/**
 * One framework's file: the tags go into `IntrinsicElements` of the JSX namespace in `scope`
 * (`global` or `module '…'`), each with its attributes and the framework's own `props`
 * (written with `El` for the element's class).
 */
const frameworkFile = (comment, imports, scope, props) => `${header}// ${comment}
import type { EventWidgetsTags } from './attributes.js';
${imports}
declare ${scope} {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': EventWidgetsTags['${el.tagName}']['attributes'] & ${props.replace(/\bEl\b/g, `EventWidgetsTags['${el.tagName}']['element']`)};`).join('\n')}
    }
  }
}
export {};
`;

const files = {
  'attributes.d.ts': attributes,
  'global.d.ts': frameworkFile("The global JSX namespace (Stencil, older setups): import type {} from 'event-widgets/jsx';", '', 'global', '{ class?: string; children?: unknown }'),
  'react.d.ts': frameworkFile(
    "React 19 (jsx: react-jsx): import type {} from 'event-widgets/jsx/react'. React sets known properties and listens to on<event> props itself.",
    "import type { CSSProperties, Key, ReactNode, Ref } from 'react';",
    "module 'react'",
    '{ key?: Key; ref?: Ref<El>; class?: string; className?: string; style?: CSSProperties; children?: ReactNode }',
  ),
  'preact.d.ts': frameworkFile(
    "Preact (jsxImportSource: preact): import type {} from 'event-widgets/jsx/preact'.",
    "import type { ComponentChildren, Ref } from 'preact';",
    "module 'preact'",
    '{ key?: string | number; ref?: Ref<El>; class?: string; className?: string; style?: string | Record<string, string | number>; children?: ComponentChildren }',
  ),
  'solid.d.ts': frameworkFile(
    "Solid (jsxImportSource: solid-js): import type {} from 'event-widgets/jsx/solid'.",
    "import type { JSX as SolidJSX } from 'solid-js';",
    "module 'solid-js'",
    '{ ref?: El | ((element: El) => void); class?: string; style?: SolidJSX.CSSProperties | string; children?: SolidJSX.Element }',
  ),
};
mkdirSync('dist/jsx', { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(`dist/jsx/${name}`, text);
console.log(`editor data: ${tags.length} tags in dist/vscode.html-custom-data.json and dist/jsx/ (global, React, Preact, Solid)`);
