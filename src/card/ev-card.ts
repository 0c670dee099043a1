import { readOffers } from '../data/normalize/offers.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatEventDate, formatLongDate, formatPrice, zoneNote } from '../data/format.js';
import { addMessages, contentLang, type MessageKey } from '../data/i18n.js';
import { de } from '../data/messages/card.js';
import { extras } from '../data/extras-loader.js';
import { openStreetMapUrl, placeLines } from '../data/place.js';
import { registrationState, statusBadges, statusBoundaries, type RegistrationState, type StatusBadge } from '../data/status.js';
import type { EventData, Party } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { warnUnlessAllowed } from '../internal/allowed.js';
import { ClockController } from '../internal/clock.js';
import { downloadCalendar } from '../internal/download.js';
import { eventAt } from '../data/current-date.js';
import { EventElement } from '../internal/event-element.js';
import { afterLanguage } from '../internal/language-wait.js';
import { heading } from '../internal/heading.js';
import { registrationFormFor, RegistrationFormsController } from '../internal/registration-target.js';
import { renderStatus } from '../internal/status-view.js';
import { renderBadges } from '../internal/badges.js';
import { tokens } from '../internal/styles.js';
import { cardStyles } from './ev-card.styles.js';

// Texts ship with the module that shows them: <ev-card>.
// Named imports, not `* as`: a namespace object costs every partner page a bundler helper.
addMessages({ de });

/** Card layouts. */
export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/**
 * @tagname ev-card
 * @summary The event at a glance: name, date, venue, topics, status, "add to calendar" and a call to register.
 *
 * Works from attributes alone, from `src`, from inline JSON-LD, or inside `<ev-event>`.
 * Content placed inside without a slot name is a fallback for visitors without
 * JavaScript (e.g. a plain link to the event page); it is hidden once the card runs.
 *
 * @slot actions - The page's own buttons or links, shown after the card's actions.
 * @csspart base - The card's frame (an `<article>`).
 * @csspart series - The series line, e.g. "Polizeitage".
 * @csspart title - The event's name (a heading of `heading-level`).
 * @csspart subtitle - The motto (schema.org `alternateName`).
 * @csspart badges - The list of status badges.
 * @csspart badge - One status badge ("Abgesagt", "Ausgebucht", ...).
 * @csspart facts - The list of date, venue, price, organisers.
 * @csspart date - The date and time (of a recurring event: its date that is on or comes next).
 * @csspart schedule - A recurring event's rule in words ("jeden 1. Mittwoch im Monat, 10:00–11:00 Uhr").
 * @csspart zone-note - The note naming the time zone, shown when the visitor's zone differs.
 * @csspart venue - The venue name and address.
 * @csspart map-link - The link to the venue on OpenStreetMap.
 * @csspart online-link - The link to join an online event.
 * @csspart topics - The list of topics.
 * @csspart topic - One topic.
 * @csspart description - The description, paragraphs kept.
 * @csspart actions - The row of buttons.
 * @csspart register - The call to register (a link or a button).
 * @csspart calendar - The "add to calendar" button.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads, so the page does not shift; set it to the height of the loaded widget (docs/embedding.md: no layout shift). Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @cssprop --ev-card-accent - Colour of the series line, badges and the register button. Default: `--ev-color-accent`.
 * @cssprop --ev-card-background - Card background. Default: `--ev-color-surface`.
 * @cssprop --ev-card-border - Card border. Default: 1px solid `--ev-color-border`.
 * @cssprop --ev-card-padding - Inner spacing. Default: `--ev-space`.
 * @cssprop --ev-card-title-size - Size of the name. Default: 1.5em (1.25em compact).
 * @cssprop --ev-card-link - Link colour. Default: the accent.
 * @fires {EvCalendarDownloadEvent} ev-calendar-download - Before the .ics file is offered; cancel it to offer your own. `detail.ics` is the file's text.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvLoadEvent} load - The event is loaded and valid.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable.
 */
export class EvCard extends EventElement {
  /** Reads the offers (prices, the registration window): this element shows them. */
  static readOffers = readOffers;
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    registrationHref: { attribute: 'registration-href' },
  };

  static override styles = [tokens, cardStyles];

  /** `full` (default) shows everything; `compact` shows name, date, venue, status and actions. */
  variant: CardVariant = 'full';

  /** Level of the name's heading, 1 to 6, so the card fits the page's outline. Default: 2. */
  headingLevel = 2;

  /**
   * Where "Jetzt anmelden" leads. Default: the `<ev-registration>` on the page that shows the same
   * event (same `@id` or URL, or inside the same `<ev-event>`), else the offer's URL.
   */
  registrationHref?: string;

  readonly #clock = new ClockController(this, {
    wakeAt: () => (this.#event ? statusBoundaries(this.#event) : []),
    offset: () => this.eventState.clockOffset,
  });

  // "Jetzt anmelden" follows forms that come, go or load another event.
  protected readonly registrationForms = new RegistrationFormsController(this);

  /** The event as the card shows it now: a recurring one at its date that is on or comes next. */
  #event?: EventData;
  /** What the card says about the event right now; worked out in willUpdate. */
  #badges: StatusBadge[] = [];
  #registration: RegistrationState = 'open';
  #registrationTarget: HTMLElement | null = null;
  /** The event's language where it differs from the UI's (see `contentLang`): its own texts carry it. */
  #contentLang?: string;

  static override define(tag = 'ev-card', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) warnUnlessAllowed(this.localName, 'variant', this.variant, CARD_VARIANTS);
    const now = this.#clock.now;
    const event = (this.#event = this.eventState.event && eventAt(this.eventState.event, now));
    if (event) {
      this.#badges = statusBadges(event, now);
      this.#registration = registrationState(event, now);
      this.#registrationTarget = registrationFormFor(this, event);
      this.#contentLang = contentLang(event, this.uiLang);
    }
    this.#clock.reschedule();
  }

  protected override render() {
    const event = this.#event;
    if (!event) return renderStatus(this.eventState, this.uiLang);
    const compact = this.variant === 'compact';
    // The card's own words are in the UI language; the event's texts carry the data's language.
    const lang = this.#contentLang;
    return html`<article part="base" lang=${this.uiLang} aria-labelledby="title">
      ${event.series || compact ? html`<p part="series" lang=${lang ?? nothing}>${event.series}</p>` : nothing}
      ${heading(this.headingLevel, 'title', event.name, 'title', false, lang)}
      ${event.alternateName ? html`<p part="subtitle" lang=${lang ?? nothing}>${event.alternateName}</p>` : nothing}
      ${this.#renderBadges(event)}
      <dl part="facts">
        ${this.#renderDate(event)} ${this.#renderVenue(event)}
        ${compact ? nothing : this.#renderPrice(event)}
        ${compact ? nothing : this.#renderParties('labelOrganizers', event.organizers)}
        ${compact ? nothing : this.#renderParties('labelPartners', event.sponsors)}
      </dl>
      ${compact ? nothing : this.#renderTopics(event)}
      ${compact || !event.description ? nothing : this.#renderDescription(event.description)}
      ${this.#renderActions(event)}
    </article>`;
  }

  #renderBadges(event: EventData): TemplateResult {
    // A live region, so a change while the page is open (registration closes, the event starts) is announced.
    return html`<div role="status">${renderBadges(event, this.#badges, this.uiLang)}</div>`;
  }

  #renderDate(event: EventData): TemplateResult {
    const zone = event.timeZone;
    const text = formatEventDate(event, zone, this.uiLang);
    const iso = new Date(event.start).toISOString();
    const cancelled = event.status === 'cancelled';
    const note = zoneNote(event, zone, this.uiLang);
    const recurring = extras()?.scheduleText(event, this.uiLang, this.#clock.now);
    return html`${recurring ? html`<dt>${recurring.label}</dt><dd part="schedule">${recurring.rule}</dd>` : nothing}
      <dt>${recurring?.dateLabel ?? this.t('labelDate')}</dt>
      <dd part="date">
        ${cancelled ? html`<del><time datetime=${iso}>${text}</time></del>` : html`<time datetime=${iso}>${text}</time>`}
        ${event.status === 'rescheduled' && event.previousStart !== undefined
          ? html`<span class="previous"
              >${this.t('previousDate')}
              <del><time datetime=${new Date(event.previousStart).toISOString()}>${formatLongDate(event.previousStart, zone, this.uiLang)}</time></del></span
            >`
          : nothing}
        ${note ? html`<small part="zone-note">${note}</small>` : nothing}
      </dd>`;
  }

  #renderVenue(event: EventData): TemplateResult | typeof nothing {
    const lines = placeLines(event.place);
    const map = openStreetMapUrl(event.place);
    const online = event.onlineUrl;
    if (lines.length === 0 && !online) return nothing;
    return html`${lines.length
        ? html`<dt>${this.t('labelVenue')}</dt>
            <dd part="venue">
              <address lang=${this.#contentLang ?? nothing}>${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>
              ${map && this.variant !== 'compact' ? html`<a part="map-link" href=${map} rel="noopener">${this.t('mapLink')}</a>` : nothing}
            </dd>`
        : nothing}
      ${online
        ? html`<dt>${this.t('labelOnline')}</dt>
            <dd><a part="online-link" href=${online} rel="noopener">${this.t('onlineLink')}</a></dd>`
        : nothing}`;
  }

  #renderPrice(event: EventData): TemplateResult | typeof nothing {
    const offer = event.offers.find((o) => o.price !== undefined);
    if (!offer) return nothing;
    const price =
      offer.price === 0
        ? this.t('priceFree')
        : formatPrice(offer.price!, offer.currency, this.uiLang);
    return html`<dt>${this.t('labelPrice')}</dt>
      <dd>${offer.name ? html`<span lang=${this.#contentLang ?? nothing}>${offer.name}</span>: ` : nothing}${price}</dd>`;
  }

  #renderParties(label: MessageKey, parties: readonly Party[]): TemplateResult | typeof nothing {
    if (parties.length === 0) return nothing;
    return html`<dt>${this.t(label)}</dt>
      <dd lang=${this.#contentLang ?? nothing}>${parties.map((p, i) => html`${i ? ', ' : ''}${p.url ? html`<a href=${p.url} rel="noopener">${p.name}</a>` : p.name}`)}</dd>`;
  }

  #renderTopics(event: EventData): TemplateResult | typeof nothing {
    if (event.topics.length === 0) return nothing;
    // A labelled list, not a landmark: five cards on a page would make five regions of one name.
    return html`<ul part="topics" aria-label=${this.t('labelTopics')} lang=${this.#contentLang ?? nothing}>
      ${event.topics.map((topic) => html`<li part="topic">${topic}</li>`)}
    </ul>`;
  }

  #renderDescription(description: string): TemplateResult {
    return html`<div part="description" lang=${this.#contentLang ?? nothing}>${description.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph.trim()}</p>`)}</div>`;
  }

  #renderActions(event: EventData): TemplateResult {
    const registration = this.#registration;
    const canRegister = registration === 'open' || registration === 'waitlist';
    const label = this.t(registration === 'waitlist' ? 'registerWaitlist' : 'register');
    return html`<div part="actions">
      ${canRegister ? this.#renderRegister(event, label) : nothing}
      ${event.status === 'cancelled'
        ? nothing
        : html`<button part="calendar" type="button" aria-label=${this.t('addToCalendarFor', { name: event.name })} @click=${this.#downloadIcs}>
            ${this.t('addToCalendar')}
          </button>`}
      ${event.url && this.variant !== 'compact' ? html`<a href=${event.url} rel="noopener">${this.t('moreInfo')}</a>` : nothing}
      <slot name="actions"></slot>
    </div>`;
  }

  #renderRegister(event: EventData, label: string): TemplateResult | typeof nothing {
    const href = this.registrationHref ? safeUrl(this.registrationHref, document.baseURI) : undefined;
    if (href) return html`<a part="register" href=${href}>${label}</a>`;
    if (this.#registrationTarget) return html`<button part="register" type="button" @click=${this.#focusRegistration}>${label}</button>`;
    const offerUrl = event.offers.find((o) => o.url)?.url;
    return offerUrl ? html`<a part="register" href=${offerUrl}>${label}</a>` : nothing;
  }

  #focusRegistration = () => {
    const form = this.#registrationTarget;
    if (!form?.isConnected) return;
    // Smooth or not is the page's choice (its CSS scroll-behavior, which respects reduced motion where the page does).
    form.scrollIntoView({ block: 'start' });
    form.focus({ preventScroll: true });
  };

  #downloadIcs = () => {
    const event = this.eventState.event;
    if (event) void downloadCalendar(this, (writer) => writer.recurringEntries(event, writer.eventEntry(event)), event.timeZone, event.name);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-card': EvCard;
  }
}
