import { extras } from '../extras-loader.js';
import type { NormalizeOptions } from './documents.js';

/**
 * The extras module normalising reads recurring dates and prices in words with: the one the
 * options hand over (the widgets' data path does), else the page's loaded one (code that calls
 * `normalizeEvent` itself after `await loadExtras()`).
 */
export const extrasOf = (options: NormalizeOptions) => (options.extras === undefined ? extras() : options.extras);
