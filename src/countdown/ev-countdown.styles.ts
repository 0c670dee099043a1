import { css } from 'lit';

export const countdownStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap) var(--_space);
  }
  [part~='segments'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='segment'] {
    display: grid;
    justify-items: center;
    min-width: 3.5rem;
  }
  [part~='value'] {
    font-size: var(--ev-countdown-value-size, 2em);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--ev-countdown-accent, var(--_accent));
  }
  [part~='unit'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  p {
    margin: 0;
  }
  [part~='caption'] {
    margin-block-end: var(--_gap);
    color: var(--_muted);
  }
  [part~='phrase'],
  [part~='state'] {
    font-size: var(--ev-countdown-phrase-size, 1.25em);
    font-weight: 600;
    color: var(--ev-countdown-accent, var(--_accent));
  }
  @container (max-width: 20rem) {
    [part~='value'] {
      font-size: 1.5em;
    }
    [part~='segment'] {
      min-width: 2.75rem;
    }
  }
`;
