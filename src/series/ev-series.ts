import { readOffers } from '../data/normalize/offers.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatEventDate, formatLongDate, formatPeriod } from '../data/format.js';
import { addMessages } from '../data/i18n.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load.js';
import { de } from '../data/messages/series.js';
import {
  eventFormat,
  eventRegion,
  eventsByDay,
  eventsInMonth,
  facet,
  filterSeries,
  gridMove,
  groupByPeriod,
  matchesFilter,
  SERIES_GROUPINGS,
  seriesFiltersFromHash,
  seriesFiltersToHash,
  type SeriesFilter,
  type SeriesGrouping,
} from '../data/series.js';
import { registrationState, registrationWindow, statusBadges, statusBoundaries } from '../data/status.js';
import { calendarDate, DEFAULT_TIME_ZONE } from '../data/time.js';
import type { EventData } from '../data/types.js';
import { warnUnlessAllowed } from '../internal/allowed.js';
import { renderBadges } from '../internal/badges.js';
import { ClockController } from '../internal/clock.js';
import { downloadCalendar } from '../internal/download.js';
import { EvSeriesSelectEvent } from './events.js';
import { HashFiltersController } from '../internal/hash-filters.js';
import { heading } from '../internal/heading.js';
import type { EventState } from '../internal/context.js';
import { DataController } from '../internal/data-controller.js';
import { seriesView, type SeriesState } from '../internal/series-view.js';
import { renderStatus } from '../internal/status-view.js';
import { filterControls } from '../internal/filter-styles.js';
import { tokens } from '../internal/styles.js';
import { WidgetElement } from '../internal/widget-element.js';
import { afterLanguage } from '../internal/language-wait.js';
import { seriesStyles } from './ev-series.styles.js';
import { renderMonthGrid } from './month-grid.js';
import { renderFeed } from './feed-view.js';
import { showIn } from './show-in.js';

addMessages({ de });

export const SERIES_VIEWS = ['list', 'month'] as const;
export type SeriesView = (typeof SERIES_VIEWS)[number];

/**
 * @tagname ev-series
 * @summary Every date of an event series: a list by month or year, a month calendar, filters by format and region, a calendar feed.
 *
 * Reads a file of events (an `EventSeries` with `subEvent`, an `ItemList`, a `@graph` or an
 * array of Events) from `src`, inline JSON-LD or `data`. The list shows the coming dates, soonest
 * first; "Vergangene Termine" shows the past ones, newest first. The month view is a calendar
 * grid (Monday first) with the month's dates listed beside or below it; arrows, Home/End and
 * Page Up/Down move through it as in the APG date grid. A union's regional page presets
 * `region`; `feed` adds "Termine abonnieren" (webcal://) and the plain feed address.
 *
 * @csspart base - The whole widget (a `<section>`).
 * @csspart heading - The series' name.
 * @csspart controls - The filters, the archive toggle and the view switch.
 * @csspart format-filter - The format select.
 * @csspart region-filter - The region select.
 * @csspart archive-toggle - The "Vergangene Termine" toggle button.
 * @csspart view-button - The "Liste" and "Monat" buttons.
 * @csspart count - The number of dates shown.
 * @csspart group - One month's or year's dates.
 * @csspart group-heading - A month's or year's heading.
 * @csspart list - A list of dates.
 * @csspart item - One date.
 * @csspart date - An event's date and time.
 * @csspart meta - An event's format and place.
 * @csspart name - An event's name, a link to its page where it has one.
 * @csspart badges - The list of status badges.
 * @csspart badge - One status badge ("Abgesagt", "Ausgebucht", "Anmeldung bis …").
 * @csspart actions - An event's buttons.
 * @csspart show - The "Anzeigen" button that hands the event to the `target` (only with `target`).
 * @csspart calendar - An event's "add to calendar" button.
 * @csspart month - The month view: navigation, grid and the month's list.
 * @csspart month-nav - The month's heading with the previous and next buttons.
 * @csspart month-heading - The month's name.
 * @csspart previous-month - The "previous month" button.
 * @csspart next-month - The "next month" button.
 * @csspart grid - The calendar table.
 * @csspart week - A week number (with `week-numbers`).
 * @csspart day - A day cell.
 * @csspart day-with-events - A day cell with events.
 * @csspart empty - The text shown when no date matches.
 * @csspart subscribe - The "Termine abonnieren" link (webcal://).
 * @csspart feed-link - The plain address of the calendar feed.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-reserved-block-size - Height kept while the series loads, so the page does not shift. Default: none.
 * @cssprop --ev-series-accent - Colour of date edges, event marks and pressed buttons. Default: `--ev-color-accent`.
 * @cssprop --ev-series-item-background - Background of a date in the list. Default: `--ev-color-surface`.
 * @cssstate loading - The widget waits for its data and shows the loading line.
 * @fires {EvSeriesSelectEvent} ev-series-select - The visitor chose "Anzeigen" for an event; cancel it to show the event yourself.
 * @fires {EvCalendarDownloadEvent} ev-calendar-download - Before an .ics file is offered; cancel it to handle the file yourself.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvSeriesLoadEvent} load - The series is loaded; `detail.events` holds every event that can be shown.
 * @fires {EvErrorEvent} error - Loading failed or no event of the data can be shown.
 */
export class EvSeries extends WidgetElement {
  /** Reads the offers (prices, the registration window): this element shows them. */
  static readOffers = readOffers;
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    fetcher: { attribute: false },
    timeout: { type: Number },
    view: { reflect: true },
    groupBy: { attribute: 'group-by' },
    format: {},
    region: {},
    archive: { type: Boolean },
    weekNumbers: { attribute: 'week-numbers', type: Boolean },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    feed: {},
    target: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    timeZone: { attribute: 'time-zone' },
    focusDate: { state: true },
  };

  static override styles = [tokens, filterControls, seriesStyles];

  /** URL of a JSON-LD file of events (an `EventSeries`, `ItemList`, `@graph` or array). Elements with the same URL share one request. Default: none. */
  src?: string;

  /** The events as an object (JSON-LD), for frameworks; wins over `src` and inline JSON-LD. Default: none. */
  data?: unknown;

  /** Replaces `fetch` for `src` (e.g. to add a header, or in tests). Default: `fetch`. */
  fetcher?: typeof fetch;

  /** Milliseconds to wait for `src` before showing an error. Default: 10000. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** `list` (default): the dates grouped by month or year; `month`: a calendar month with its dates. */
  view: SeriesView = 'list';

  /** How the list is grouped: `month` (default) or `year`. */
  groupBy: SeriesGrouping = 'month';

  /** Shows only events of this format (`additionalType`, else the series' name), e.g. `Polizeisymposium`. Default: all. */
  format?: string;

  /** Shows only events in this region (`addressRegion`, else the town, or `online`), e.g. `Hamburg`. Default: all. */
  region?: string;

  /** Shows the past dates, newest first, instead of the coming ones. The visitor can switch. */
  archive = false;

  /** Shows ISO week numbers (KW) in the month view. */
  weekNumbers = false;

  /** Keep the filters in the URL hash (`#series?region=Hamburg`), so a link shares the filtered view. */
  syncUrl = false;

  /** URL of the series' calendar feed (.ics): shown as "Termine abonnieren" (webcal://) and as a plain address. Default: none. */
  feed?: string;

  /** `id` of an `<ev-event>` on the page: "Anzeigen" hands it the chosen event, so the card or programme inside shows that one. Default: none. */
  target?: string;

  /** Level of the series' heading; months and years follow one below. Default: 2. */
  headingLevel = 2;

  /** IANA time zone to show dates in. Default: the first event's, else Europe/Berlin. */
  timeZone?: string;

  /** The day the month grid's focus is on (`YYYY-MM-DD`); its month is the one shown. */
  private focusDate?: string;

  readonly #series = new DataController(this, seriesView);
  readonly #clock = new ClockController(this, {
    wakeAt: () => this.#series.state.events.flatMap(statusBoundaries),
    offset: () => this.#series.state.clockOffset,
  });
  /** Set by the keyboard: the focus follows `focusDate` after the next render. */
  #moveFocus = false;

  static override define(tag = 'ev-series', registry?: CustomElementRegistry): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  /** The series as loaded: its status, its events (every one that can be shown, sorted by start), its name, its error. */
  get seriesState(): SeriesState {
    return this.#series.state;
  }

  /** The loading state in the shape the other widgets have (`status`, `error`, `reload`), for code that watches every `ev-*` alike. */
  get eventState(): EventState {
    const { status, error, clockOffset, reload } = this.#series.state;
    return { status, error, clockOffset, reload };
  }

  protected get waiting(): boolean {
    return this.#series.state.status === 'loading' && this.#series.state.events.length === 0;
  }

  /** The filters in the URL hash, when `sync-url` asks for it. */
  readonly #hash = new HashFiltersController(this, { enabled: () => this.syncUrl, get: () => this.#filter, toHash: seriesFiltersToHash, fromHash: seriesFiltersFromHash,
    set: (filter) => Object.assign(this, { format: filter.format, region: filter.region, archive: !!filter.archive }) });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#series.refresh();
    if (changed.has('view')) warnUnlessAllowed(this.localName, 'view', this.view, SERIES_VIEWS);
    if (changed.has('groupBy')) warnUnlessAllowed(this.localName, 'group-by', this.groupBy, SERIES_GROUPINGS);
    this.#clock.reschedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  get #zone(): string {
    return this.timeZone ?? this.#series.state.events[0]?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  get #filter(): SeriesFilter {
    return { format: this.format || undefined, region: this.region || undefined, archive: this.archive };
  }

  protected override render() {
    const { events, name } = this.#series.state;
    if (events.length === 0) return renderStatus({ ...this.#series.state, event: undefined }, this.uiLang);
    const now = this.#clock.now;
    const month = this.view === 'month';
    // The month view shows past and coming dates alike: a calendar has both.
    const inTime = month ? events : filterSeries(events, { archive: this.archive }, now);
    const shown = month ? events.filter((e) => matchesFilter(e, this.#filter)) : filterSeries(events, this.#filter, now);
    return html`<section part="base" lang=${this.uiLang} aria-labelledby="title">
      ${heading(this.headingLevel, 'heading', name ?? this.t('seriesTitle'), 'title')}
      <div part="controls">
        ${this.#renderFilter('format-filter', 'seriesFormat', facet(inTime, eventFormat), this.format)}
        ${this.#renderFilter('region-filter', 'seriesRegion', facet(inTime, eventRegion), this.region)}
        <div class="row">
          ${month ? nothing : html`<button part="archive-toggle" type="button" aria-pressed=${this.archive ? 'true' : 'false'} @click=${this.#toggleArchive}>${this.t('seriesArchive')}</button>`}
          ${SERIES_VIEWS.map(
            (view) => html`<button part="view-button" type="button" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
              ${this.t(view === 'list' ? 'seriesList' : 'seriesMonth')}
            </button>`,
          )}
        </div>
      </div>
      ${month ? this.#renderMonth(shown, now) : this.#renderList(shown, now)} ${renderFeed(this.feed, (key) => this.t(key))}
    </section>`;
  }

  #renderFilter(part: string, label: 'seriesFormat' | 'seriesRegion', values: { value: string; count: number }[], chosen: string | undefined): TemplateResult | typeof nothing {
    // A preset value the data does not (yet) have stays choosable, with 0.
    const options = chosen && !values.some((v) => v.value.toLocaleLowerCase('de') === chosen.toLocaleLowerCase('de')) ? [...values, { value: chosen, count: 0 }] : values;
    if (options.length < 2 && !chosen) return nothing;
    const total = values.reduce((sum, v) => sum + v.count, 0);
    const key = part === 'format-filter' ? 'format' : 'region';
    return html`<label
      >${this.t(label)}
      <select part=${part} @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!chosen}>${this.t('seriesAll', { count: total })}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value.toLocaleLowerCase('de') === chosen?.toLocaleLowerCase('de')}>${o.value === 'online' ? this.t('seriesOnline') : o.value} (${o.count})</option>`)}
      </select></label
    >`;
  }

  #renderCount(count: number): TemplateResult {
    return html`<p part="count" role="status">${count === 1 ? this.t('seriesCountOne') : this.t('seriesCount', { count })}</p>`;
  }

  #renderList(shown: EventData[], now: number): TemplateResult {
    if (shown.length === 0) {
      const text = this.format || this.region ? 'seriesNoMatch' : this.archive ? 'seriesNonePast' : 'seriesNone';
      return html`${this.#renderCount(0)}
        <p part="empty">${this.t(text)}</p>`;
    }
    return html`${this.#renderCount(shown.length)}
    ${groupByPeriod(shown, this.#zone, this.groupBy === 'year' ? 'year' : 'month').map(
      (group) => html`<section part="group" aria-labelledby=${`p${group.period}`}>
        ${heading(this.headingLevel + 1, 'group-heading', formatPeriod(group.period, this.uiLang), `p${group.period}`)}
        <ul part="list">
          ${group.events.map((event) => this.#renderItem(event, now))}
        </ul>
      </section>`,
    )}`;
  }

  #renderItem(event: EventData, now: number): TemplateResult {
    const zone = this.#zone;
    const when = html`<time datetime=${new Date(event.start).toISOString()}>${formatEventDate(event, zone, this.uiLang)}</time>`;
    const format = eventFormat(event);
    const place = event.place?.address?.locality ?? (event.attendanceMode === 'online' ? this.t('seriesOnline') : event.place?.name);
    const closes = registrationWindow(event).closes;
    const until = registrationState(event, now) === 'open' && closes !== undefined ? [this.t('seriesOpenUntil', { date: formatLongDate(closes, zone, this.uiLang) })] : [];
    const cancelled = event.status === 'cancelled';
    return html`<li part="item" class=${cancelled ? 'cancelled' : ''} data-date=${calendarDate(event.start, zone)}>
      <p part="date">${cancelled ? html`<del>${when}</del>` : when}</p>
      ${format || place ? html`<p part="meta">${[format, place].filter(Boolean).join(' · ')}</p>` : nothing}
      <p part="name">${event.url ? html`<a href=${event.url} rel="noopener">${event.name}</a>` : event.name}</p>
      ${renderBadges(event, [...statusBadges(event, now).filter((b) => b !== 'online'), ...until], this.uiLang)}
      <div part="actions">
        ${this.target ? html`<button part="show" type="button" aria-label=${this.t('seriesShowFor', { name: event.name })} @click=${() => this.#show(event)}>${this.t('seriesShow')}</button>` : nothing}
        ${cancelled
          ? nothing
          : html`<button part="calendar" type="button" aria-label=${this.t('addToCalendarFor', { name: event.name })} @click=${() => downloadCalendar(this, (writer) => [writer.eventEntry(event)], event.timeZone, event.name)}>
              ${this.t('addToCalendar')}
            </button>`}
      </div>
    </li>`;
  }

  #renderMonth(shown: EventData[], now: number): TemplateResult {
    // Kept as state at once, so the month buttons step from it however fast they are pressed.
    const focusDate = (this.focusDate ??= this.#firstDate(shown, now));
    const month = focusDate.slice(0, 7);
    const byDay = eventsByDay(shown, this.#zone);
    const inMonth = eventsInMonth(shown, month, this.#zone);
    const monthName = formatPeriod(month, this.uiLang);
    return html`<div part="month">
      <div class="calendar">
        <div part="month-nav">
          <button part="previous-month" type="button" aria-label=${this.t('seriesPreviousMonth')} @click=${() => this.#goTo(gridMove(this.focusDate!, 'PageUp')!)}>‹</button>
          ${heading(this.headingLevel + 1, 'month-heading', monthName, 'month-heading')}
          <button part="next-month" type="button" aria-label=${this.t('seriesNextMonth')} @click=${() => this.#goTo(gridMove(this.focusDate!, 'PageDown')!)}>›</button>
        </div>
        ${renderMonthGrid({ month, focusDate, byDay, weekNumbers: this.weekNumbers, lang: this.uiLang, onKey: this.#onGridKey, onPick: this.#pick })}
      </div>
      <section class="month-list" aria-labelledby="month-list">
        ${heading(this.headingLevel + 2, 'group-heading', this.t('seriesMonthEvents', { month: monthName }), 'month-list')}
        ${this.#renderCount(inMonth.length)}
        ${inMonth.length ? html`<ul part="list">${inMonth.map((event) => this.#renderItem(event, now))}</ul>` : html`<p part="empty">${this.t('seriesNoMatch')}</p>`}
      </section>
    </div>`;
  }

  /** The day the month view opens on: the first coming date shown, else today. */
  #firstDate(shown: readonly EventData[], now: number): string {
    const next = shown.find((e) => e.start >= now) ?? shown.at(-1);
    return calendarDate(next && next.start >= now ? next.start : now, this.#zone);
  }

  #goTo(date: string, focus = false) {
    this.focusDate = date;
    this.#moveFocus = focus;
  }

  #onGridKey = (e: KeyboardEvent) => {
    const from = (e.target as HTMLElement).closest('td')?.dataset['date'];
    if (!from) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#pick(from);
      return;
    }
    const to = gridMove(from, e.key, e.shiftKey);
    if (!to) return;
    e.preventDefault();
    this.#goTo(to, true);
  };

  /** A day picked in the grid: the focus goes to its first date in the month's list. */
  #pick = (date: string) => {
    this.#goTo(date);
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(`.month-list [part~='item'][data-date='${date}'] a, .month-list [part~='item'][data-date='${date}'] button`);
      item?.focus();
    });
  };

  #toggleArchive = () => this.#setFilter('archive', !this.archive);

  #setFilter<K extends keyof SeriesFilter>(key: K, value: SeriesFilter[K]) {
    (this as unknown as Record<string, unknown>)[key] = value || (key === 'archive' ? false : undefined);
    this.#hash.write();
  }

  /** Hands `event` to the `<ev-event>` named by `target`, unless a listener handles it. */
  #show(event: EventData) {
    if (this.dispatchEvent(new EvSeriesSelectEvent({ event }))) showIn(this.target, event, this.#series);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-series': EvSeries;
  }
}
