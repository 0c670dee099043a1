import { css } from 'lit';

export const seriesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_series: var(--ev-series-accent, var(--_accent));
  }
  [part~='heading'],
  [part~='group-heading'],
  [part~='name'] {
    margin: 0 0 var(--_gap);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part~='group-heading'] {
    margin-top: var(--_space);
    font-size: 1.125em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  button[aria-pressed='true'] {
    background: var(--_series);
    color: var(--_on-accent);
    border-color: var(--_series);
  }
  [part~='count'],
  [part~='meta'],
  [part~='empty'] {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  [part~='item'] {
    display: grid;
    gap: 0.25rem;
    padding: var(--_gap);
    border-inline-start: 4px solid var(--_series);
    border-radius: var(--_radius);
    background: var(--ev-series-item-background, var(--_surface));
    overflow-wrap: anywhere;
  }
  [part~='item'].cancelled {
    border-inline-start-color: var(--_danger);
  }
  [part~='item'] p {
    margin: 0;
  }
  [part~='date'] {
    font-weight: 600;
  }
  [part~='name'] {
    margin: 0;
    font-size: 1.0625em;
  }
  a {
    color: var(--_series);
  }
  [part~='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='badge'] {
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.5rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_series);
  }
  [part~='badge'].alert {
    color: var(--_danger);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  /* Per-date actions are quiet text buttons, as in the programme. */
  [part~='actions'] button {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border-color: transparent;
    text-decoration: underline;
    background: transparent;
  }
  .month-list {
    margin-top: var(--_space);
  }
  [part~='month-nav'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
  }
  [part~='month-heading'] {
    margin: 0;
    font-size: 1.125em;
    text-align: center;
  }
  [part~='month-nav'] button {
    min-width: 2.75rem;
    padding: 0;
    font-size: 1.25em;
  }
  [part~='grid'] {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    margin-top: var(--_gap);
  }
  th {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    padding: 0.25rem 0;
  }
  [part~='week'] {
    width: 2rem;
    font-weight: normal;
  }
  [part~='day'] {
    vertical-align: top;
    text-align: center;
    height: 2.75rem;
    padding: 0.125rem;
    /* A drawn edge, not a border: it takes no width, so seven days fit 280 px in every engine. */
    box-shadow: inset 0 0 0 1px var(--_subtle);
    cursor: pointer;
  }
  [part~='day'].outside {
    color: var(--_muted);
    background: var(--_subtle);
  }
  [part~='day'][aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_series);
  }
  [part~='day-with-events'] > span[aria-hidden]:not(.marks) {
    display: inline-block;
    min-width: 1.75rem;
    border-radius: 999px;
    background: var(--_series);
    color: var(--_on-accent);
    font-weight: 600;
  }
  /* Narrow grids show each date as a filled day number; wide ones name the events in the cell. */
  .marks {
    display: none;
  }
  @container (min-width: 40rem) {
    [part~='month'] {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: var(--_space);
      align-items: start;
    }
    .month-list {
      margin-top: 0;
    }
  }
  @container (min-width: 56rem) {
    [part~='day'] {
      height: 4.5rem;
      text-align: start;
    }
    .marks {
      display: grid;
      gap: 0.125rem;
      font-size: 0.75em;
      line-height: 1.2;
    }
    .mark {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .mark.cancelled {
      text-decoration: line-through;
    }
  }
  @container (max-width: 20rem) {
    [part~='week'] {
      display: none;
    }
    [part~='grid'] {
      font-size: 0.875em;
    }
  }
  .feed {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    margin: var(--_space) 0 0;
  }
  @media print {
    [part~='controls'],
    [part~='actions'],
    .feed {
      display: none;
    }
  }
`;
