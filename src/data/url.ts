/** The only URL schemes that may become links; everything else is dropped. */
export const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Returns `value` as an absolute URL when it is a safe link target, else `undefined`.
 *
 * Relative URLs resolve against `base` (the JSON file's URL, or the page).
 * The URL parser strips tabs, newlines and leading spaces first, so
 * `" java\tscript:"` is recognised as `javascript:` and refused.
 *
 * @example safeUrl('JaVaScRiPt:alert(1)') // undefined
 * @example safeUrl('/anmeldung', 'https://example.org/event.json') // 'https://example.org/anmeldung'
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return (SAFE_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : undefined;
}
