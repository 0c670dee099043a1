import { html, nothing, type TemplateResult } from 'lit';
import { addMessages, msg, type Lang, type MessageKey } from '../data/i18n.js';
import { de } from '../data/messages/status.js';
import type { EventLoadError, LoadErrorCode } from '../data/load.js';
import type { EventState } from './context.js';

addMessages({ de });

const ERROR_MESSAGES: Record<LoadErrorCode, MessageKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  'not-json': 'errorNotJson',
  'inline-not-json': 'errorInlineNotJson',
  'too-large': 'errorTooLarge',
  invalid: 'errorInvalid',
  'no-source': 'errorNoSource',
};

/** The sentence a person reads for a load error, in their language. */
export function errorMessage(error: EventLoadError, lang: Lang): string {
  return msg(lang, ERROR_MESSAGES[error.code], { status: error.status ?? '' });
}

/**
 * What every widget shows instead of its content while it has no event:
 * a polite loading line, or the error with a retry button. `nothing` once
 * there is an event to show.
 */
export function renderStatus(state: EventState, lang: Lang): TemplateResult | typeof nothing {
  if (state.event) return nothing;
  if (state.status === 'error' && state.error) {
    // Trying again cannot mend a page without data or with broken embedded data.
    const retry = state.error.code !== 'no-source' && state.error.code !== 'inline-not-json';
    return html`<div part="error" role="alert">
      <p><strong>${msg(lang, 'errorTitle')}</strong></p>
      <p>${errorMessage(state.error, lang)}</p>
      ${retry ? html`<button part="retry" type="button" @click=${state.reload}>${msg(lang, 'retry')}</button>` : nothing}
    </div>`;
  }
  return html`<p part="status" role="status">${msg(lang, 'loading')}</p>`;
}
