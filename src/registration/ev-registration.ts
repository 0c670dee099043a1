import { readOffers } from '../data/normalize/offers.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatLongDate } from '../data/format.js';
import { registrationState, registrationWindow, type RegistrationState } from '../data/status.js';
import type { EventData } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { warnOnce } from '../data/warn.js';
import { announceRegistrationForms } from '../internal/registration-target.js';
import { ClockController } from '../internal/clock.js';
import { downloadCalendar } from '../internal/download.js';
import { EventElement } from '../internal/event-element.js';
import { afterLanguage } from '../internal/language-wait.js';
import { EvRegisterErrorEvent, EvRegisterEvent } from './events.js';
import { heading } from '../internal/heading.js';
import { renderStatus } from '../internal/status-view.js';
import { tokens } from '../internal/styles.js';
import { Draft } from './draft.js';
import { fieldId, renderField } from './field-view.js';
import { DEFAULT_FIELDS, fieldsFromScript, usableFields, type FieldDefinition, type FieldValue } from './fields.js';
import { registrationStyles } from './ev-registration.styles.js';
import { HONEYPOT_FIELD, isVisible, MIN_FILL_MS, validateField, validateRegistration } from './rules.js';
import { renderConfirmation, renderErrorSummary, renderNotice, type Notice, type OutcomeView } from './outcome-view.js';
import { admitsOrigin, DEFAULT_SUBMIT_TIMEOUT_MS, refusedAdvice, submitRegistration, unreachableAdvice, uuid, type RegistrationAnswer } from './submit.js';

type Phase = 'form' | 'sending' | 'confirmed' | 'waitlisted';

/**
 * @tagname ev-registration
 * @summary The registration form: configurable fields, validation with an error summary, consent, capacity and waiting list, deadline, confirmation.
 *
 * It POSTs JSON to `action` (no cookies) with an `Idempotency-Key` that stays the
 * same for retries of one submission, sends once however often the button is
 * pressed, and keeps everything typed when sending fails. Fields come from the
 * `fields` property or a child `<script type="application/json">`; the default set
 * fits the Polizeitage. Content without a slot (e.g. a plain `<form>` for visitors
 * without JavaScript) is hidden once the element runs.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's heading.
 * @csspart info - Deadline and places left.
 * @csspart form - The `<form>`.
 * @csspart error-summary - The summary of problems, focused after a failed submit.
 * @csspart notice - A message after sending failed (duplicate, closed, offline ...).
 * @csspart organiser-link - In the notice when the service does not admit this page: the link to register on the organiser's page.
 * @csspart field - One field with label, hint and error.
 * @csspart field-text - A field of type `text` (beside `field`).
 * @csspart field-email - A field of type `email` (beside `field`).
 * @csspart field-tel - A field of type `tel` (beside `field`).
 * @csspart field-select - A field of type `select` (beside `field`).
 * @csspart field-radio - A field of type `radio` (beside `field`).
 * @csspart field-checkbox - A field of type `checkbox` (beside `field`).
 * @csspart field-textarea - A field of type `textarea` (beside `field`).
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error message.
 * @csspart privacy-link - The link to the privacy notice beside the consent.
 * @csspart submit - The submit button.
 * @csspart retry - The button that sends the same submission again.
 * @csspart confirmation - The confirmation after success.
 * @csspart summary - The list of what was sent, in the confirmation.
 * @csspart calendar - "Add to calendar" in the confirmation.
 * @csspart closed - The message when registration is not possible.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads, so the page does not shift; set it to the height of the loaded widget (docs/embedding.md: no layout shift). Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @cssprop --ev-registration-accent - Colour of the submit button and focus. Default: `--ev-color-accent`.
 * @cssprop --ev-registration-max-width - Widest the form gets. Default: 40rem.
 * @fires {EvRegisterEvent} ev-register - The server accepted the registration. `detail.status` is `confirmed` or `waitlisted`; `detail.body` is the server's answer.
 * @fires {EvRegisterErrorEvent} ev-register-error - Sending did not succeed. `detail.kind`: duplicate, closed, rate-limited, invalid or failed.
 * @fires {EvCalendarDownloadEvent} ev-calendar-download - Before the confirmation's .ics file is offered.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvLoadEvent} load - The event is loaded and valid.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable.
 */
export class EvRegistration extends EventElement {
  /** Reads the offers (prices, the registration window): this element shows them. */
  static readOffers = readOffers;
  static override properties: PropertyDeclarations = {
    action: {},
    fields: { attribute: false },
    privacyHref: { attribute: 'privacy-href' },
    consentVersion: { attribute: 'consent-version' },
    source: {},
    persistDraft: { attribute: 'persist-draft', type: Boolean },
    submitTimeout: { attribute: 'submit-timeout', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    notice: { state: true },
    showSummary: { state: true },
  };

  static override styles = [tokens, registrationStyles];
  static override shadowRootOptions: ShadowRootInit = { ...EventElement.shadowRootOptions, delegatesFocus: true };

  /** Endpoint URL the registration is POSTed to (JSON). */
  action?: string;

  /** The fields, replacing the default set. A child `<script type="application/json">` works too. */
  fields?: FieldDefinition[];

  /** Link to the privacy notice, shown beside the consent. */
  privacyHref?: string;

  /** Version of the consent text, sent along so the organiser knows what was agreed to. Default: "1". */
  consentVersion = '1';

  /** Name of the embedding site, sent along. Default: the page's host name. */
  source?: string;

  /** Keep a draft in `sessionStorage` across a reload (consent excepted). Off by default. */
  persistDraft = false;

  /** Milliseconds to wait for the server before offering a retry. Default: 15000. */
  submitTimeout: number = DEFAULT_SUBMIT_TIMEOUT_MS;

  /** Level of the widget's heading. Default: 2. */
  headingLevel = 2;

  private values: Record<string, FieldValue> = {};
  private errors: Record<string, string> = {};
  private phase: Phase = 'form';
  private notice?: Notice;
  private showSummary = false;

  #touched = new Set<string>();
  #activeFields: readonly FieldDefinition[] = DEFAULT_FIELDS;
  #idempotencyKey?: string;
  private startedAt = Date.now();
  #answerBody?: Record<string, unknown>;
  #draft?: Draft;
  #focusAfterUpdate?: string;
  #announcedEventId?: string;
  /** Whether registration is possible right now; worked out in willUpdate. */
  #registration: RegistrationState = 'open';

  readonly #clock = new ClockController(this, {
    wakeAt: () => {
      const event = this.eventState.event;
      if (!event) return [];
      const { opens, closes } = registrationWindow(event);
      return [opens, closes].filter((v): v is number => v !== undefined);
    },
    offset: () => this.eventState.clockOffset,
  });

  static override define(tag = 'ev-registration', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startedAt = Date.now();
    if (!this.fields) this.#activeFields = fieldsFromScript(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fields') && this.fields) this.#activeFields = usableFields(this.fields, this.localName);
    const event = this.eventState.event;
    if (event && this.persistDraft && !this.#draft) {
      this.#draft = new Draft(event.id);
      this.values = { ...this.#draft.read(), ...this.values };
    }
    if (changed.has('action') && !this.action) warnOnce(`<${this.localName}>: no action attribute: the form cannot send.`);
    if (event) this.#registration = registrationState(event, this.#clock.now);
    this.#clock.reschedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#announcedEventId = undefined;
    announceRegistrationForms(this.ownerDocument);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Cards on the page point their "Jetzt anmelden" only at a form that shows their event.
    const shown = this.eventState.event?.id;
    if (shown !== this.#announcedEventId) {
      this.#announcedEventId = shown;
      announceRegistrationForms(this.ownerDocument);
    }
    const targets = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    // The first selector that matches wins (a retry button, else the notice itself).
    const target = targets?.split(',').map((s) => this.renderRoot.querySelector<HTMLElement>(s.trim())).find(Boolean);
    target?.focus();
  }

  protected override render() {
    const event = this.eventState.event;
    if (!event) return renderStatus(this.eventState, this.uiLang);
    // The region is named for its event ("Anmeldung: Polizeitage Hamburg"): a page may have its own "Anmeldung".
    return html`<section part="base" aria-label=${`${this.t('regTitle')}: ${event.name}`}>
      ${heading(this.headingLevel, 'heading', this.t('regTitle'), 'reg-heading')}
      ${this.phase === 'confirmed' || this.phase === 'waitlisted' ? renderConfirmation(this.#outcomeView(), event) : this.#renderByState(event, this.#registration)}
    </section>`;
  }

  #renderByState(event: EventData, registration: RegistrationState): TemplateResult {
    const date = (ms: number | undefined) => (ms === undefined ? '' : formatLongDate(ms, event.timeZone, this.uiLang));
    const { opens, closes } = registrationWindow(event);
    switch (registration) {
      case 'not-yet-open':
        return html`<p part="closed">${this.t('regNotYetOpen', { date: date(opens) })}</p>`;
      case 'closed':
      case 'past':
        return html`<p part="closed">${this.t('regClosed')}</p>`;
      case 'cancelled':
        return html`<p part="closed">${this.t('regCancelled')}</p>`;
      case 'sold-out':
        return html`<p part="closed">${this.t('regSoldOut')}</p>`;
      default:
        return html`${this.#renderInfo(event, closes, registration === 'waitlist')}${this.#renderForm(registration === 'waitlist')}`;
    }
  }

  #renderInfo(event: EventData, closes: number | undefined, waitlist: boolean): TemplateResult {
    const left = event.remainingCapacity;
    return html`<div part="info">
      ${waitlist ? html`<p class="waitlist">${this.t('regWaitlistNote')}</p>` : nothing}
      ${closes !== undefined ? html`<p>${this.t('regDeadline', { date: formatLongDate(closes - 1, event.timeZone, this.uiLang) })}</p>` : nothing}
      ${!waitlist && left !== undefined && left > 0 && left <= 20 ? html`<p>${this.t('regSeatsLeft', { count: left })}</p>` : nothing}
    </div>`;
  }

  #renderForm(waitlist: boolean): TemplateResult {
    const sending = this.phase === 'sending';
    const visible = this.#activeFields.filter((f) => isVisible(f, this.values, this.#activeFields));
    const privacyHref = this.privacyHref ? safeUrl(this.privacyHref, document.baseURI) : undefined;
    return html`${renderErrorSummary(this.#outcomeView(), visible)} ${renderNotice(this.#outcomeView())}
      <form part="form" novalidate @submit=${this.#onSubmit} aria-busy=${sending ? 'true' : 'false'}>
        <p class="required-note">${this.t('regRequiredNote')}</p>
        ${visible.map((field) =>
          renderField(field, {
            lang: this.uiLang,
            value: this.values[field.name],
            error: this.errors[field.name],
            privacyHref,
            onInput: this.#onInput,
            onLeave: this.#onLeave,
          }),
        )}
        <div class="hp" aria-hidden="true">
          <label>Website <input name=${HONEYPOT_FIELD} tabindex="-1" autocomplete="off" /></label>
        </div>
        <button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? this.t('regSending') : this.t(waitlist ? 'regSubmitWaitlist' : 'regSubmit')}
        </button>
        <p class="visually-hidden" role="status">${sending ? this.t('regSending') : ''}</p>
      </form>`;
  }

  /** What the messages around the form and the confirmation need from the element. */
  #outcomeView(): OutcomeView {
    return {
      t: (key, values) => this.t(key, values),
      lang: this.uiLang,
      fields: this.#activeFields,
      values: this.values,
      errors: this.showSummary ? this.errors : {},
      notice: this.notice,
      organiserPage: this.eventState.event && (this.eventState.event.offers.find((o) => o.url)?.url ?? this.eventState.event.url),
      waitlisted: this.phase === 'waitlisted',
      answer: this.#answerBody,
      onFocusField: (e, name) => this.#focusField(e, name),
      onRetry: this.#send,
      onCalendar: (event) => downloadCalendar(this, (writer) => [writer.eventEntry(event)], event.timeZone, event.name),
    };
  }

  #onInput = (name: string, value: FieldValue) => {
    this.values = { ...this.values, [name]: value };
    // Changed content is a new submission: it gets a new key, and old notices go.
    this.#idempotencyKey = undefined;
    this.notice = undefined;
    if (this.#touched.has(name) || this.errors[name]) this.#validateOne(name);
    this.#draft?.write(this.values, this.#activeFields.filter((f) => f.consent).map((f) => f.name));
  };

  #onLeave = (name: string) => {
    const field = this.#activeFields.find((f) => f.name === name);
    const value = this.values[name];
    // Validate on leaving only once the person typed something, not when they just tab through.
    if (!this.#touched.has(name) && (value === undefined || value === '' || field?.type === 'checkbox' || field?.type === 'radio')) return;
    this.#touched.add(name);
    this.#validateOne(name);
  };

  #validateOne(name: string) {
    const field = this.#activeFields.find((f) => f.name === name);
    if (!field) return;
    const error = validateField(field, field.type === 'checkbox' ? this.values[name] === true : this.values[name], this.uiLang);
    const errors = { ...this.errors };
    if (error) errors[name] = error;
    else delete errors[name];
    this.errors = errors;
  }

  #focusField(e: Event, name: string) {
    // Move focus without changing the URL: the page's own hash routing stays untouched.
    e.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`);
    control?.scrollIntoView({ block: 'center' });
    control?.focus({ preventScroll: true });
  }

  #onSubmit = (e: Event) => {
    e.preventDefault();
    if (this.phase === 'sending') return;
    const { errors } = validateRegistration(this.values, this.#activeFields, this.uiLang);
    this.errors = errors;
    for (const f of this.#activeFields) this.#touched.add(f.name);
    if (Object.keys(errors).length > 0) {
      this.showSummary = true;
      this.#focusAfterUpdate = '[part~="error-summary"]';
      return;
    }
    this.showSummary = false;
    void this.#send();
  };

  #send = async () => {
    const event = this.eventState.event;
    if (!event || this.phase === 'sending') return;
    if (!this.action) {
      warnOnce(`<${this.localName}>: no action attribute: the form cannot send.`);
      this.notice = 'failed';
      return;
    }
    const { values } = validateRegistration(this.values, this.#activeFields, this.uiLang);
    this.phase = 'sending';
    this.notice = undefined;
    this.#idempotencyKey ??= uuid();
    const key = this.#idempotencyKey;
    const elapsed = Date.now() - this.startedAt;
    // People who fill in fast (autofill) wait a moment rather than being taken for bots.
    if (elapsed < MIN_FILL_MS) await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS - elapsed));
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${HONEYPOT_FIELD}"]`)?.value ?? '';
    const url = safeUrl(this.action, document.baseURI) ?? this.action;
    const answer = await submitRegistration(
      url,
      {
        eventId: event.id,
        values,
        consentVersion: this.consentVersion,
        source: this.source ?? location.hostname,
        lang: this.uiLang,
        elapsedMs: Math.max(elapsed, MIN_FILL_MS),
        website: honeypot,
      },
      key,
      { timeout: this.submitTimeout, fetch: this.fetcher },
    );
    await this.#handleAnswer(answer, url);
  };

  async #handleAnswer(answer: RegistrationAnswer, url: string) {
    if (answer.kind === 'confirmed' || answer.kind === 'waitlisted') {
      this.phase = answer.kind;
      this.#answerBody = answer.body;
      this.#draft?.clear();
      this.#focusAfterUpdate = '#confirmation-title';
      this.dispatchEvent(new EvRegisterEvent({ status: answer.kind, body: this.#answerBody }));
      return;
    }
    this.phase = 'form';
    if (answer.kind === 'invalid') {
      this.errors = { ...answer.errors };
      this.showSummary = true;
      this.#focusAfterUpdate = '[part~="error-summary"]';
    } else {
      this.notice = answer.kind === 'failed' && answer.reason === 'network' ? await this.#networkNotice(url) : answer.kind;
      this.#focusAfterUpdate = '[part~="notice"] button, [part~="notice"]';
      // A refused submission (duplicate, closed) is final for this content; a failure may be retried with the same key.
      if (answer.kind === 'duplicate' || answer.kind === 'closed') this.#idempotencyKey = undefined;
    }
    this.dispatchEvent(new EvRegisterErrorEvent({ kind: answer.kind, status: answer.status }));
  }

  /**
   * No answer at all: offline only when the browser says so. Online, the usual cause on a
   * partner's page is a service that refuses the page's origin (CORS), which the visitor
   * cannot fix and the page's developer must learn of. Where the service says whom it admits,
   * a refused page sends its visitors to the organiser's page instead of asking them to retry.
   */
  async #networkNotice(url: string): Promise<Notice> {
    if (!navigator.onLine) return 'offline';
    const action = new URL(url, document.baseURI);
    if (action.origin !== location.origin && (await admitsOrigin(action, location.origin, this.fetcher)) === false) {
      warnOnce(`<${this.localName}>: ${refusedAdvice(action, location.origin)}`);
      return 'refused';
    }
    warnOnce(`<${this.localName}>: ${unreachableAdvice(action, location.origin)}`);
    return 'unreachable';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-registration': EvRegistration;
  }
}
