import { css } from 'lit';

/** Labelled selects and search fields in a row of filters (the agenda's and the series'). */
// Its own module: a css`` value is kept in every bundle that imports its module.
export const filterControls = css`
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    align-items: end;
    margin-bottom: var(--_gap);
  }
  label {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
    flex: 1 1 12rem;
    max-width: 24rem;
    min-width: 0;
  }
  input[type='search'],
  select {
    font: inherit;
    font-weight: normal;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    width: 100%;
    max-width: 100%;
  }
`;

