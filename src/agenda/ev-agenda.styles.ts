import { css } from 'lit';

export const agendaStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part~='heading'] {
    margin: 0 0 var(--_gap);
  }
  /* Sessions and days the filters leave out stay in the DOM, hidden; display: grid must not show them. */
  [hidden] {
    display: none !important;
  }
  /* The buttons that come and go (selection, reset, now) get a row of their own, kept even when empty: nothing else moves when they appear. */
  .row {
    display: flex;
    flex-wrap: wrap;
    flex-basis: 100%;
    gap: var(--_gap) var(--_space);
    min-height: 2.75rem;
  }
  label.inline {
    flex: 0 1 auto;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--ev-agenda-accent, var(--_accent));
  }
  [part~='day-nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-bottom: var(--_gap);
  }
  [part~='count'] {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  [part~='note'] {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='day-heading'],
  [part~='heading'] {
    overflow-wrap: anywhere;
  }
  [part~='day-heading'] {
    margin: var(--_space) 0 var(--_gap);
  }
  [part~='sessions'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  [part~='session'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25rem var(--_space);
    padding: var(--_gap);
    border-inline-start: 4px solid var(--ev-agenda-accent, var(--_accent));
    --_session: var(--ev-agenda-session-background, var(--_surface));
    background: var(--_session);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    hyphens: auto;
    /* Long programmes: the browser skips layout and paint of items off screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  [part~='session'].quiet {
    border-inline-start-color: var(--_border);
    --_session: var(--_subtle);
    color: var(--_muted);
  }
  [part~='session'][aria-current='time'] {
    outline: 3px solid var(--ev-agenda-now, var(--_success));
    outline-offset: -3px;
  }
  @container (min-width: 40rem) {
    [part~='session'] {
      grid-template-columns: 7.5rem 1fr;
    }
  }
  [part~='time'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='session-title'] {
    margin: 0;
    font-size: 1.0625em;
  }
  [part~='session-title']:focus {
    outline: 3px solid var(--_focus);
  }
  [part~='kind'],
  [part~='now-badge'],
  [part~='session-status'] {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    margin: 0 0.5rem 0.125rem 0;
  }
  [part~='now-badge'] {
    color: var(--ev-agenda-now, var(--_success));
  }
  [part~='session-status'] {
    color: var(--_danger);
  }
  .cancelled [part~='session-title'] {
    text-decoration: line-through;
  }
  [part~='meta'],
  [part~='speakers'] {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--ev-agenda-accent, var(--_accent));
    color: var(--_on-accent);
  }
  /* Per-session actions are quiet: one row of small text buttons, below the details. */
  [part~='session-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  [part~='session-actions'] button,
  summary {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    /* The session's own background, not none: contrast checkers then see what the eye sees. */
    background: var(--_session);
    font-size: 0.875em;
    color: var(--ev-agenda-accent, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A starred session's button stays a text button (the rule above is later than the pressed look, so it wins); it only turns bold. */
  [part~='session-actions'] button[aria-pressed='true'] {
    font-weight: 700;
    text-decoration: none;
  }
  :host([view='compact']) [part~='session'] {
    padding: 0.375rem var(--_gap);
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    [part~='controls'],
    [part~='day-nav'],
    [part~='count'],
    [part~='note'],
    [part~='session-actions'],
    details {
      display: none;
    }
    .print-only {
      display: block;
    }
    [part~='day'] + [part~='day'] {
      break-before: page;
    }
    [part~='session'] {
      content-visibility: visible;
      break-inside: avoid;
      background: #fff;
      color: #000;
      border-inline-start: 2px solid #000;
    }
    [part~='meta'],
    [part~='speakers'] {
      color: #000;
    }
  }
  @media (forced-colors: active) {
    [part~='session'] {
      border: 1px solid CanvasText;
    }
    [part~='session'][aria-current='time'] {
      outline-color: Highlight;
    }
  }
`;
