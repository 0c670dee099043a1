import { css } from 'lit';

/**
 * A screen across a foyer: sizes follow the element's own box (container query units), so a
 * 1080p screen gets titles of at least 32 px and a 720p one at least 24 px, room names larger,
 * and nothing needs scrolling. Landscape shows rooms two by two; portrait (door screens) one below
 * the other.
 */
export const nowStyles = css`
  :host {
    display: block;
    block-size: var(--ev-now-height, 100dvh);
    container-type: size;
    overflow: hidden;
  }
  [part~='base'] {
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: 1.5cqh;
    padding: 2cqh 2.5cqw;
    background: var(--ev-now-background, var(--_surface));
    color: var(--_text);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5cqh 3cqw;
    border-block-end: 0.4cqh solid var(--ev-now-accent, var(--_accent));
    padding-block-end: 1cqh;
  }
  [part~='event-name'] {
    flex: 1 1 auto;
    margin: 0;
    font-size: max(22px, 3.6cqh);
    overflow-wrap: anywhere;
  }
  [part~='date'],
  [part~='stale'] {
    margin: 0;
    font-size: max(18px, 2.6cqh);
  }
  [part~='stale'] {
    color: var(--_danger);
    font-weight: 700;
  }
  [part~='time-of-day'] {
    margin: 0;
    font-size: max(28px, 4.4cqh);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='rooms'] {
    flex: 1 1 auto;
    min-block-size: 0;
    display: grid;
    grid-template-columns: repeat(var(--_columns, 2), minmax(0, 1fr));
    grid-auto-rows: minmax(0, 1fr);
    gap: 1.5cqh 2cqw;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='rooms'].single {
    --_columns: 1;
  }
  @container (max-aspect-ratio: 1/1) {
    [part~='rooms'] {
      --_columns: 1;
    }
  }
  [part~='room'] {
    min-block-size: 0;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    gap: 0.8cqh;
    padding: 1.2cqh 1.4cqw;
    line-height: 1.2;
    border-radius: var(--_radius);
    background: var(--ev-now-room-background, var(--_subtle));
    border-inline-start: 0.6cqw solid var(--ev-now-accent, var(--_accent));
  }
  [part~='room-name'] {
    margin: 0;
    font-size: max(28px, 4cqh);
    overflow-wrap: anywhere;
  }
  [part~='current'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.6cqh 1.5cqw;
    align-items: start;
  }
  [part~='current'] > * {
    grid-column: 1;
  }
  [part~='label'],
  [part~='time'],
  [part~='speakers'],
  [part~='next'],
  [part~='nothing-left'] {
    margin: 0;
    font-size: max(16px, 2.4cqh);
  }
  [part~='label'] {
    font-weight: 700;
    color: var(--ev-now-accent, var(--_accent));
    text-transform: uppercase;
    letter-spacing: 0.05em;
    margin-inline-end: 0.5em;
  }
  [part~='title'] {
    margin: 0;
    font-size: max(24px, 3.4cqh);
    line-height: 1.2;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .cancelled [part~='title'] {
    text-decoration: line-through;
  }
  [part~='cancelled'] {
    margin: 0;
    font-size: max(28px, 4.4cqh);
    font-weight: 800;
    color: var(--_danger);
  }
  [part~='speakers'] {
    overflow-wrap: anywhere;
  }
  [part~='progress'] {
    appearance: none;
    inline-size: 100%;
    block-size: max(6px, 1cqh);
    border: 0;
    border-radius: 1cqh;
    background: var(--_border);
    color: var(--ev-now-accent, var(--_accent));
    overflow: hidden;
  }
  [part~='progress']::-webkit-progress-bar {
    background: var(--_border);
  }
  [part~='progress']::-webkit-progress-value {
    background: var(--ev-now-accent, var(--_accent));
  }
  [part~='progress']::-moz-progress-bar {
    background: var(--ev-now-accent, var(--_accent));
  }
  [part~='current'] > [part~='qr'] {
    grid-column: 2;
    grid-row: 1 / span 5;
    inline-size: max(96px, 14cqh);
    block-size: auto;
    padding: 0.8cqh;
    background: #fff;
    border-radius: var(--_radius);
  }
  [part~='qr'] path {
    fill: #000;
  }
  [part~='next'] {
    margin-block-start: auto;
    padding-block-start: 0.6cqh;
    border-block-start: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  [part~='next'] strong {
    font-size: max(18px, 2.6cqh);
  }
  [part~='change'] {
    display: inline-block;
    margin-inline-end: 1cqw;
    padding: 0 0.6cqw;
    border-radius: var(--_radius);
    background: var(--ev-now-accent, var(--_accent));
    color: var(--_on-accent);
    font-size: max(16px, 2.2cqh);
    font-weight: 700;
  }
  [part~='page'] {
    margin: 0;
    font-size: max(16px, 2.2cqh);
    color: var(--_muted);
    text-align: end;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='rooms'] {
      animation: ev-now-page 0.6s ease-out;
    }
    @keyframes ev-now-page {
      from {
        opacity: 0;
      }
    }
  }
  @media (forced-colors: active) {
    [part~='room'] {
      border: 1px solid CanvasText;
    }
    [part~='progress']::-moz-progress-bar {
      background: Highlight;
    }
    [part~='progress']::-webkit-progress-value {
      background: Highlight;
    }
  }
`;
