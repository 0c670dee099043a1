import { css } from 'lit';

/** The dark theme's defaults, each behind a `-dark` token of its own (used by `theme="dark"` and by `"auto"` at night). */
const darkTokens = css`
  --_text: var(--ev-color-text-dark, #f2f2f2);
  --_muted: var(--ev-color-muted-dark, #c8cbd0);
  --_surface: var(--ev-color-surface-dark, #1b1d21);
  --_subtle: var(--ev-color-subtle-dark, #2a2d33);
  --_border: var(--ev-color-border-dark, #8a8f98);
  --_accent: var(--ev-color-accent-dark, var(--ev-color-accent, #8cc4ff));
  --_on-accent: var(--ev-color-on-accent-dark, #0b1f33);
  --_danger: var(--ev-color-danger-dark, #ffaaaa);
  --_success: var(--ev-color-success-dark, #8fdc9f);
  --_focus: var(--ev-color-focus-dark, #ffb35c);
`;

/** The page's accent, lightened to OKLCH lightness 0.8 at least, unless the page gives a dark accent of its own. */
const darkAccent = css`
  --_accent: var(--ev-color-accent-dark, oklch(from var(--ev-color-accent, #8cc4ff) max(l, 0.8) c h));
`;

/**
 * Library tokens with their defaults. Pages theme with `--ev-*` on any
 * ancestor; the private `--_*` names resolve the chain once per widget. The dark
 * theme reads its own `--ev-color-*-dark` tokens, so a page's light colours
 * (dark text, white surface) never end up on a dark widget; only the accent
 * carries over, made light enough to read.
 */
export const tokens = css`
  :host {
    --_font: var(--ev-font-family, inherit);
    --_text: var(--ev-color-text, #1b1b1b);
    --_muted: var(--ev-color-muted, #4a4a4a);
    --_surface: var(--ev-color-surface, #ffffff);
    --_subtle: var(--ev-color-subtle, #f2f4f7);
    --_border: var(--ev-color-border, #767676);
    --_accent: var(--ev-color-accent, #004b87);
    --_on-accent: var(--ev-color-on-accent, #ffffff);
    --_danger: var(--ev-color-danger, #a4000f);
    --_success: var(--ev-color-success, #1e6b30);
    --_focus: var(--ev-color-focus, #c25e00);
    --_radius: var(--ev-radius, 0.375rem);
    --_space: var(--ev-space, 1rem);
    --_gap: calc(var(--_space) / 2);
    font-family: var(--_font);
    color: var(--_text);
    line-height: var(--ev-line-height, 1.5);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  /*
   * A page's accent is made readable on the widget's own surface: at most OKLCH
   * lightness 0.48 on the light surfaces, at least 0.8 on the dark ones, hue and
   * chroma kept. That gives every sRGB accent 4.7:1 or more (docs/theming.md);
   * a page's own --ev-color-accent-dark is used as given.
   */
  @supports (color: oklch(from red l c h)) {
    :host {
      --_accent: oklch(from var(--ev-color-accent, #004b87) min(l, 0.48) c h);
    }
    :host([theme='dark']) {
      ${darkAccent}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${darkAccent}
      }
    }
  }
  /* While it waits for its event, a widget keeps the space the page reserved for it (docs/embedding.md: no layout shift). */
  :host(:state(loading)) {
    min-block-size: var(--ev-reserved-block-size, auto);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
  }
  [part~='status'],
  [part~='error'] {
    margin: 0;
    padding: var(--_gap) 0;
  }
  [part~='error'] {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_gap);
  }
  [part~='error'] p {
    margin: 0 0 var(--_gap);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

