/**
 * A catalogue's texts in the second language: the same keys as the German ones. Each message
 * module types its English texts with it; src/data/i18n.ts builds its key types from the modules,
 * so the modules import nothing of i18n.ts and the imports run one way.
 */
export type Texts<T> = { readonly [K in keyof T]: string };
