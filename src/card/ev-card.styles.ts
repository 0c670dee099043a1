import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part~='base'] {
    background: var(--ev-card-background, var(--_surface));
    border: var(--ev-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    padding: var(--ev-card-padding, var(--_space));
    /* A column that fills the card's cell: cards in a row keep their buttons on one line. */
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    box-sizing: border-box;
    height: 100%;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part~='series'] {
    margin: 0;
    min-height: 1lh;
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--ev-card-accent, var(--_accent));
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--ev-card-title-size, 1.5em);
    line-height: 1.2;
  }
  [part~='subtitle'] {
    margin: 0;
    font-size: 1.125em;
    color: var(--_muted);
  }
  [part~='badge'] {
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.125rem 0.625rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  [part~='badge'].alert {
    color: var(--_danger);
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.125rem var(--_space);
    margin: 0;
  }
  [part~='facts'] dt {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='facts'] dd {
    margin: 0 0 var(--_gap);
  }
  @container (min-width: 36rem) {
    [part~='facts'] {
      grid-template-columns: max-content 1fr;
    }
    [part~='facts'] dd {
      margin: 0;
    }
  }
  address {
    font-style: normal;
  }
  .previous,
  del {
    color: var(--_muted);
  }
  [part~='zone-note'] {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Topics flow like text, several to a line; a long one wraps inside its chip. */
  [part~='topics'] {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    line-height: 2;
  }
  [part~='topic'] {
    display: inline;
    background: var(--_subtle);
    border-radius: var(--_radius);
    padding: 0.2em 0.5em;
    margin-inline-end: 0.25em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  [part~='description'] p {
    margin: 0 0 var(--_gap);
    white-space: pre-line;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    margin-top: auto;
  }
  a {
    color: var(--ev-card-link, var(--_accent));
  }
  [part~='register'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--ev-card-accent, var(--_accent));
    background: var(--ev-card-accent, var(--_accent));
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  :host([variant='compact']) [part~='base'] {
    gap: 0.25rem;
  }
  :host([variant='compact']) [part~='title'] {
    font-size: var(--ev-card-title-size, 1.25em);
  }
  @media print {
    [part~='actions'] {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [part~='badge'],
    [part~='register'] {
      border: 1px solid CanvasText;
    }
  }
`;
