import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading level to 1–6; anything unusable gives `fallback`. */
export function clampLevel(level: number, fallback = 2): number {
  const n = Math.round(level);
  return Number.isFinite(n) && n >= 1 ? Math.min(6, n) : fallback;
}

/**
 * A real `<h1>`…`<h6>` of the given level, so widgets fit the page's outline.
 * `lang` marks content in another language than the widget's UI.
 * Six plain templates instead of lit's static-html, which would rebuild its
 * template key on every render of long lists.
 */
export function heading(level: number, part: string, content: unknown, id?: string, focusable = false, lang?: string): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h6>`;
    default:
      return html`<h2 part=${part} id=${id ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h2>`;
  }
}
