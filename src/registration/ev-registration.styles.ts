import { css } from 'lit';

export const registrationStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part~='base'] {
    max-width: var(--ev-registration-max-width, 40rem);
  }
  [part~='heading'] {
    margin: 0 0 var(--_gap);
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  .required-note,
  [part~='hint'],
  .optional {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
    margin: 0;
  }
  [part~='field'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='field'].invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_gap);
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    width: 100%;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [aria-invalid='true']:not([type='checkbox']):not([type='radio']) {
    border-color: var(--_danger);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .check label {
    font-weight: normal;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--ev-registration-accent, var(--_accent));
  }
  [part~='field-error'] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .privacy {
    margin: 0 0 0 2rem;
  }
  a {
    color: var(--ev-registration-accent, var(--_accent));
  }
  [part~='submit'] {
    justify-self: start;
    background: var(--ev-registration-accent, var(--_accent));
    color: var(--_on-accent);
    border-color: var(--ev-registration-accent, var(--_accent));
    font-weight: 600;
  }
  [part~='submit'][aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .error-summary,
  .notice {
    border: 3px solid var(--_danger);
    padding: var(--_gap) var(--_space);
    margin-bottom: var(--_space);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    margin: 0 0 var(--_gap);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice p {
    margin: 0 0 var(--_gap);
  }
  [part~='info'] p,
  [part~='closed'] {
    margin: 0 0 var(--_gap);
  }
  .waitlist {
    font-weight: 600;
  }
  [part~='confirmation'] {
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: var(--_space);
  }
  [part~='confirmation'] h3:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='summary'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
  }
  [part~='summary'] dt {
    font-weight: 600;
  }
  [part~='summary'] dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 24rem) {
    [part~='summary'] {
      grid-template-columns: 1fr;
    }
  }
  /* The honeypot: out of sight and out of reach for people, but in the form for bots. */
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    [part~='field'].invalid,
    .error-summary,
    .notice {
      border-color: CanvasText;
    }
  }
`;
