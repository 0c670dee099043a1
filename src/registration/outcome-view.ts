// What <ev-registration> says around its form: the error summary, the notice after a failed send,
// and the confirmation.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, MessageKey } from '../data/i18n.js';
import type { EventData } from '../data/types.js';
import { fieldId } from './field-view.js';
import { localText, type FieldDefinition, type FieldValue } from './fields.js';
import { isVisible, registrationEmail } from './rules.js';
import { answerDetails, type RegistrationAnswer } from './submit.js';

/** Why sending did not succeed, as the notice says it. */
export type Notice = Exclude<RegistrationAnswer['kind'], 'confirmed' | 'waitlisted' | 'invalid'> | 'offline' | 'unreachable' | 'refused';

const NOTICE_TEXT = {
  duplicate: 'regDuplicate',
  closed: 'regClosedByServer',
  'rate-limited': 'regTooMany',
  failed: 'regFailed',
  offline: 'regOffline',
  unreachable: 'regUnreachable',
  refused: 'regRefused',
} as const;

/** What these need from the form. */
export interface OutcomeView {
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly lang: Lang;
  readonly fields: readonly FieldDefinition[];
  readonly values: Readonly<Record<string, FieldValue>>;
  /** The problems to list (none until a submit failed). */
  readonly errors: Readonly<Record<string, string>>;
  readonly notice?: Notice;
  /** Where the event's data says registration happens (its offer's page, else its own): a refused page links there. */
  readonly organiserPage?: string;
  readonly waitlisted: boolean;
  /** The server's answer to the registration. */
  readonly answer?: Record<string, unknown>;
  readonly onFocusField: (e: Event, name: string) => void;
  readonly onRetry: () => void;
  readonly onCalendar: (event: EventData) => void;
}

/** The summary of problems after a failed submit, each a link to its field. */
export function renderErrorSummary(view: OutcomeView, visible: readonly FieldDefinition[]): TemplateResult | typeof nothing {
  const problems = visible.filter((f) => view.errors[f.name]);
  if (problems.length === 0) return nothing;
  return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="summary-title">
    <h3 id="summary-title">${view.t('regErrorSummary')}</h3>
    <ul>
      ${problems.map((f) => html`<li><a href=${`#${fieldId(f.name)}`} @click=${(e: Event) => view.onFocusField(e, f.name)}>${view.errors[f.name]}</a></li>`)}
    </ul>
  </div>`;
}

/** The message after sending failed, with a retry where one may help. */
export function renderNotice(view: OutcomeView): TemplateResult | typeof nothing {
  const { notice } = view;
  if (!notice) return nothing;
  const retry = notice === 'failed' || notice === 'offline' || notice === 'unreachable' || notice === 'rate-limited';
  return html`<div part="notice" class="notice" role="alert" tabindex="-1">
    <p>${view.t(NOTICE_TEXT[notice])}</p>
    ${notice === 'refused' && view.organiserPage ? html`<p><a part="organiser-link" href=${view.organiserPage}>${view.t('regRefusedLink')}</a></p>` : nothing}
    ${retry ? html`<button part="retry" type="button" @click=${view.onRetry}>${view.t('regRetry')}</button>` : nothing}
  </div>`;
}

/** The confirmation: what the server said it does, what was sent, and the calendar entry for a seat. */
export function renderConfirmation(view: OutcomeView, event: EventData): TemplateResult {
  const { waitlisted, fields, values } = view;
  // Only what the server says it does: a mail promised only when one is sent.
  const { mailSent, waitlistPosition } = answerDetails(view.answer);
  const email = registrationEmail(values, fields) ?? '';
  const sent = fields.filter((f) => isVisible(f, values, fields) && !f.consent && values[f.name] !== undefined && values[f.name] !== '');
  return html`<div part="confirmation">
    <h3 id="confirmation-title" tabindex="-1">${view.t(waitlisted ? 'regWaitlistedTitle' : 'regSuccessTitle')}</h3>
    ${waitlistPosition ? html`<p>${view.t('regWaitlistPosition', { position: waitlistPosition })}</p>` : nothing}
    ${mailSent ? html`<p>${view.t(waitlisted ? 'regWaitlistedText' : 'regSuccessText', { email })}</p>` : nothing}
    <h4>${view.t('regSummary')}</h4>
    <dl part="summary">
      ${sent.map((f) => html`<dt>${localText(f.label, view.lang)}</dt><dd>${displayValue(view, f)}</dd>`)}
    </dl>
    ${waitlisted
      ? nothing
      : html`<button part="calendar" type="button" @click=${() => view.onCalendar(event)}>
          ${view.t('addToCalendar')}
        </button>`}
  </div>`;
}

/** A sent value as the person chose it: an option's label, yes or no for a checkbox. */
function displayValue(view: OutcomeView, field: FieldDefinition): string {
  const value = view.values[field.name];
  if (typeof value === 'boolean') return view.t(value ? 'regYes' : 'regNo');
  const option = field.options?.find((o) => o.value === value);
  return option ? localText(option.label, view.lang) : String(value ?? '');
}
