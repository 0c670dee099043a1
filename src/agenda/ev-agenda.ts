import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  facets,
  filterSessions,
  filtersFromHash,
  filtersToHash,
  groupByDay,
  hasFilters,
  QUIET_KINDS,
  runningSessionIds,
  sessionBoundaries,
  sessionIndex,
  type AgendaDay,
  type AgendaFilters,
} from '../data/agenda.js';
import { formatEventDate, formatLongDate, formatShortDay, formatTime } from '../data/format.js';
import { addMessages, contentLang, type MessageKey } from '../data/i18n.js';
import { de, en } from '../data/messages/agenda.js';
import type { EventData, Session, SessionKind } from '../data/types.js';
import { warnUnlessAllowed } from '../internal/allowed.js';
import { BatchController } from '../internal/batches.js';
import { ClockController } from '../internal/clock.js';
import { downloadCalendar } from '../internal/download.js';
import { EventElement } from '../internal/event-element.js';
import { clampLevel, heading } from '../internal/heading.js';
import { EvSelectionChangeEvent } from '../internal/events.js';
import { renderStatus } from '../internal/status-view.js';
import { filterControls } from '../internal/filter-styles.js';
import { tokens } from '../internal/styles.js';
import { agendaStyles } from './ev-agenda.styles.js';
import { Selection } from './selection.js';

// Texts ship with the module that shows them: <ev-agenda>.
// Named imports, not `* as`: a namespace object costs every partner page a bundler helper.
addMessages({ de, en });

export const AGENDA_VIEWS = ['list', 'compact'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

const KIND_TEXT: Record<Exclude<SessionKind, 'other'>, MessageKey> = {
  talk: 'kindTalk',
  keynote: 'kindKeynote',
  panel: 'kindPanel',
  workshop: 'kindWorkshop',
  break: 'kindBreak',
  reception: 'kindReception',
  welcome: 'kindWelcome',
  closing: 'kindClosing',
};
/** How long typing may pause before the new result count is announced. */
const ANNOUNCE_DELAY = 500;
/** Above this many sessions, a multi-day programme shows one day at a time (with a day switcher). */
export const DAY_PAGING_THRESHOLD = 200;

/** Search text per session, made once per session object however often the visitor types. */
const indexes = new WeakMap<Session, string>();
function indexOf(session: Session): string {
  let index = indexes.get(session);
  if (index === undefined) indexes.set(session, (index = sessionIndex(session)));
  return index;
}

/**
 * @tagname ev-agenda
 * @summary The programme: sessions by day and time, speakers, breaks, filters, "now running", a personal selection, print.
 *
 * Sessions come from the event's `subEvent`. Visitors filter by topic and room,
 * search titles, people and organisations (case, accents and ae/ä, ss/ß alike),
 * star sessions for their own selection (kept in `localStorage` per event only
 * once they star one) and download sessions as .ics. While the event runs, the
 * sessions running now are marked and the "Jetzt" button jumps to them. Printing
 * shows every description, one day per page, black on white.
 *
 * @csspart base - The whole programme (a `<section>`).
 * @csspart heading - The programme's heading.
 * @csspart controls - The search and filter controls.
 * @csspart search - The search field.
 * @csspart track-filter - The topic select.
 * @csspart room-filter - The room select.
 * @csspart mine-filter - The "my selection only" checkbox.
 * @csspart reset - The "reset filters" button.
 * @csspart now - The "Jetzt" button, shown while the event runs.
 * @csspart download-mine - The button that downloads the selection as .ics.
 * @csspart day-nav - The day switcher of long multi-day programmes (shown a day at a time).
 * @csspart day-button - One day in the day switcher, with its number of matching sessions.
 * @csspart count - The number of sessions shown.
 * @csspart note - A note when the selection cannot be kept after leaving the page.
 * @csspart day - One day's section.
 * @csspart day-heading - A day's heading (multi-day events).
 * @csspart sessions - A day's list of sessions.
 * @csspart session - One session.
 * @csspart time - A session's time range.
 * @csspart kind - A session's kind ("Keynote", "Pause").
 * @csspart now-badge - The "Läuft gerade" mark on running sessions.
 * @csspart session-title - A session's title.
 * @csspart meta - Room and topic of a session.
 * @csspart speakers - The speakers of a session.
 * @csspart details - The disclosure with the description.
 * @csspart session-actions - A session's buttons.
 * @csspart star - The "Merken" toggle.
 * @csspart calendar - A session's "add to calendar" button.
 * @csspart empty - The text shown when there is no programme (yet) or nothing matches.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads, so the page does not shift; set it to the height of the loaded widget (docs/embedding.md: no layout shift). Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @cssprop --ev-agenda-accent - Colour of session edges, links and pressed stars. Default: `--ev-color-accent`.
 * @cssprop --ev-agenda-now - Colour of the "now running" mark. Default: `--ev-color-success`.
 * @cssprop --ev-agenda-session-background - Background of a session. Default: `--ev-color-surface`.
 * @fires {EvSelectionChangeEvent} ev-selection-change - The visitor starred or unstarred a session. `detail.ids` holds the selection.
 * @fires {EvCalendarDownloadEvent} ev-calendar-download - Before an .ics file is offered; cancel it to handle the file yourself.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvLoadEvent} load - The event is loaded and valid.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable.
 */
export class EvAgenda extends EventElement {
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    filters: { state: true },
    announcedCount: { state: true },
    selectionVersion: { state: true },
    activeDay: { state: true },
    printing: { state: true },
  };

  static override styles = [tokens, filterControls, agendaStyles];

  /** `list` (default) with speakers and descriptions, or `compact` with one line per session. */
  view: AgendaView = 'list';

  /** Level of the programme's heading; days and sessions follow below it. Default: 2. */
  headingLevel = 2;

  /** Keep the filters in the URL hash (`#agenda?track=…`), so a link shares the filtered view. */
  syncUrl = false;

  private filters: AgendaFilters = {};
  private announcedCount = '';
  private selectionVersion = 0;
  /** The day shown when a long programme is shown a day at a time (`YYYY-MM-DD`). */
  private activeDay?: string;
  private printing = false;

  #selection?: Selection;
  /** The days on screen, with every session: those the filters leave out stay in the DOM, hidden. */
  #days: AgendaDay[] = [];
  /** The days in the DOM, each with the sessions the batches have reached so far. */
  #built: { day: AgendaDay; sessions: readonly Session[] }[] = [];
  /** Ids of the sessions that pass the filters. */
  #matching = new Set<string>();
  #allDays: AgendaDay[] = [];
  /** The event `allDays` was grouped from. */
  /** The programme's language where it differs from the UI's (see `contentLang`); worked out in willUpdate. */
  #contentLang?: string;
  #groupedEvent?: EventData;
  #matchCounts = new Map<string, number>();
  #shownCount = 0;
  #running = new Set<string>();
  #announceTimer?: ReturnType<typeof setTimeout>;

  /** Long days are built a batch at a time, so the first screen paints at once. */
  readonly #batches = new BatchController(this);

  readonly #clock = new ClockController(this, {
    wakeAt: () => sessionBoundaries(this.eventState.event?.sessions ?? []),
    offset: () => this.eventState.clockOffset,
  });

  /** `updateComplete` waits for the last batch: then every session is on the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (!this.#batches.done) {
      await this.#batches.complete;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  static override define(tag = 'ev-agenda', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#readHash();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) warnUnlessAllowed(this.localName, 'view', this.view, AGENDA_VIEWS);
    const event = this.eventState.event;
    if (event && this.#selection === undefined) this.#selection = new Selection(event.id);
    if (!event) return;
    this.#contentLang = contentLang(event, this.uiLang);
    const shown = filterSessions(event.sessions, this.filters, this.#selection?.all ?? new Set(), indexOf);
    // Days change only with the event; a keystroke or a clock tick keeps them.
    if (this.#groupedEvent !== event) {
      this.#allDays = groupByDay(event.sessions, event.timeZone);
      this.#groupedEvent = event;
    }
    this.#matching = new Set(shown.map((s) => s.id));
    this.#matchCounts = new Map(this.#allDays.map((d) => [d.date, d.sessions.filter((s) => this.#matching.has(s.id)).length]));
    this.#running = runningSessionIds(event.sessions, this.#clock.now);
    // Filtering hides sessions instead of removing them: a keystroke that brings 300 back
    // then flips 300 attributes instead of building 300 sessions again.
    if (this.#paged && !this.printing) {
      if (!this.activeDay || !this.#allDays.some((d) => d.date === this.activeDay)) this.activeDay = this.#todayOrFirstDay();
      this.#days = this.#allDays.filter((d) => d.date === this.activeDay);
    } else this.#days = this.#allDays;
    // Another day is another list: it starts with the first batch too.
    if (changed.has('activeDay' as keyof EvAgenda) && changed.get('activeDay' as keyof EvAgenda) !== undefined) this.#batches.restart();
    this.#batches.total = this.printing ? 0 : this.#days.reduce((n, d) => n + d.sessions.length, 0);
    let left = this.printing ? Infinity : this.#batches.limit;
    this.#built = [];
    for (const day of this.#days) {
      const sessions = left >= day.sessions.length ? day.sessions : day.sessions.slice(0, Math.max(0, left));
      left -= day.sessions.length;
      if (sessions.length) this.#built.push({ day, sessions });
    }
    if (shown.length !== this.#shownCount || changed.has('filters' as keyof EvAgenda)) this.#scheduleAnnouncement(shown.length, event.sessions.length);
    this.#shownCount = shown.length;
    this.#clock.reschedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#showMatches();
  }

  /** Long multi-day programmes are shown a day at a time, so a keystroke re-renders one day, not a congress. */
  get #paged(): boolean {
    const event = this.eventState.event;
    return !!event && event.sessions.length > DAY_PAGING_THRESHOLD && this.#allDays.length > 1;
  }

  #todayOrFirstDay(): string {
    const running = this.#allDays.find((d) => d.sessions.some((s) => this.#running.has(s.id)));
    return (running ?? this.#allDays[0]).date;
  }

  protected override render() {
    const event = this.eventState.event;
    if (!event) return renderStatus(this.eventState, this.uiLang);
    return html`<section part="base" lang=${this.uiLang} aria-labelledby="agenda-heading">
      ${heading(this.headingLevel, 'heading', this.t('agendaTitle'), 'agenda-heading')}
      <p class="print-only"><span lang=${this.#contentLang ?? nothing}>${event.name}</span> · ${formatEventDate(event, event.timeZone, this.uiLang)}</p>
      ${event.sessions.length === 0 ? html`<p part="empty">${this.t('agendaEmpty')}</p>` : this.#renderProgramme(event)}
    </section>`;
  }

  #renderProgramme(event: EventData): TemplateResult {
    const multiDay = this.#allDays.length > 1;
    return html`${this.#renderControls(event)}
      ${this.#paged && !this.printing ? this.#renderDayNav(event) : nothing}
      <p part="count" role="status">${this.announcedCount}</p>
      ${this.#selection && !this.#selection.persistent && this.#selection.size > 0 ? html`<p part="note">${this.t('agendaMemoryOnly')}</p>` : nothing}
      ${this.#days.every((d) => !this.#matchCounts.get(d.date)) ? html`<p part="empty">${this.t('agendaNoMatch')}</p>` : nothing}
      ${this.#built.map(({ day, sessions }) => this.#renderDay(event, day, sessions, multiDay))}`;
  }

  /**
   * Filtering flips `hidden` on the sessions the filters leave out, outside the templates:
   * a keystroke that brings 300 sessions back then costs 300 attribute writes, not 300
   * template updates.
   */
  #showMatches() {
    const lists = this.renderRoot.querySelectorAll('[part~="sessions"]');
    this.#built.forEach(({ sessions }, i) => {
      const items = lists[i]?.children;
      if (!items) return;
      sessions.forEach((session, j) => {
        const item = items[j] as HTMLElement | undefined;
        const hidden = !this.#matching.has(session.id);
        if (item && item.hidden !== hidden) item.hidden = hidden;
      });
    });
  }

  #renderControls(event: EventData): TemplateResult {
    const { tracks, rooms } = facets(event.sessions);
    const starred = this.#selection?.size ?? 0;
    return html`<div part="controls" role="search" aria-label=${this.t('agendaFilters')}>
      <label
        >${this.t('agendaSearch')}
        <input part="search" type="search" .value=${this.filters.query ?? ''} placeholder=${this.t('agendaSearchHint')} @input=${this.#onSearch} />
      </label>
      ${tracks.length > 1 ? this.#renderSelect('track', 'agendaTrack', tracks, this.filters.track) : nothing}
      ${rooms.length > 1 ? this.#renderSelect('room', 'agendaRoom', rooms, this.filters.room) : nothing}
      <div class="row">
      ${starred > 0 || this.filters.mine
        ? html`<label class="inline"
            ><input part="mine-filter" type="checkbox" .checked=${!!this.filters.mine} @change=${this.#onMine} />${this.t('agendaMine', { count: starred })}</label
          >`
        : nothing}
      ${hasFilters(this.filters) ? html`<button part="reset" type="button" @click=${this.#reset}>${this.t('agendaReset')}</button>` : nothing}
      ${this.#running.size > 0
        ? html`<button part="now" type="button" aria-label=${this.t('agendaNowLabel')} @click=${this.#jumpToNow}>${this.t('agendaNow')}</button>`
        : nothing}
      ${starred > 0 ? html`<button part="download-mine" type="button" @click=${this.#downloadMine}>${this.t('agendaDownloadMine', { count: starred })}</button>` : nothing}
      </div>
    </div>`;
  }

  #renderDayNav(event: EventData): TemplateResult {
    return html`<nav part="day-nav" aria-label=${this.t('agendaDays')}>
      ${this.#allDays.map(
        (day) => html`<button
          part="day-button"
          type="button"
          aria-pressed=${day.date === this.activeDay ? 'true' : 'false'}
          @click=${() => (this.activeDay = day.date)}
        >
          ${formatShortDay(day.start, event.timeZone, this.uiLang)} (${this.#matchCounts.get(day.date) ?? 0})
        </button>`,
      )}
    </nav>`;
  }

  #renderSelect(name: 'track' | 'room', label: MessageKey, values: string[], current?: string): TemplateResult {
    return html`<label
      >${this.t(label)}
      <select part=${`${name}-filter`} @change=${(e: Event) => this.#setFilters({ ...this.filters, [name]: (e.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!current}>${this.t('agendaAll')}</option>
        ${values.map((v) => html`<option .value=${v} ?selected=${v === current}>${v}</option>`)}
      </select>
    </label>`;
  }

  #renderDay(event: EventData, day: AgendaDay, sessions: readonly Session[], multiDay: boolean): TemplateResult {
    const lang = this.uiLang;
    const view = this.view;
    return html`<section part="day" ?hidden=${!this.#matchCounts.get(day.date)}>
      ${multiDay ? heading(this.headingLevel + 1, 'day-heading', formatLongDate(day.start, event.timeZone, lang)) : nothing}
      <ol part="sessions">
        ${repeat(
          sessions,
          (s) => s.id,
          // Re-render a session only when something it shows changed: a keystroke then costs a filter pass, not 3,000 templates.
          (s) =>
            guard([s, this.#running.has(s.id), this.#selection?.has(s.id), view, lang, multiDay, this.headingLevel, event], () =>
              this.#renderSession(event, s, multiDay),
            ),
        )}
      </ol>
    </section>`;
  }

  /**
   * One session. Optional pieces that most sessions have are in this one template and
   * `hidden` when a session lacks them: each nested template costs a clone and a walk,
   * and ten of them per session made up most of a long programme's first render.
   */
  #renderSession(event: EventData, session: Session, multiDay: boolean): TemplateResult {
    const zone = event.timeZone;
    const lang = this.uiLang;
    const running = this.#running.has(session.id);
    const quiet = QUIET_KINDS.includes(session.kind);
    const compact = this.view === 'compact';
    const starred = this.#selection?.has(session.id) ?? false;
    const meta = [session.room, ...session.tracks].filter(Boolean).join(' · ');
    const end = session.end;
    // The programme's own texts carry the data's language; labels and buttons the UI's.
    const content = this.#contentLang;
    return html`<li part="session" class=${quiet ? 'quiet' : ''} aria-current=${running ? 'time' : nothing}>
      <div part="time">
        <time datetime=${new Date(session.start).toISOString()}>${formatTime(session.start, zone, lang)}</time><span ?hidden=${end === undefined}
          >–<time datetime=${end === undefined ? nothing : new Date(end).toISOString()}>${end === undefined ? '' : formatTime(end, zone, lang)}</time></span
        >
      </div>
      <div>
        ${running ? html`<span part="now-badge">${this.t('agendaRunning')}</span>` : nothing}
        ${this.#renderKind(session, content)}
        ${heading(clampLevel(this.headingLevel) + (multiDay ? 2 : 1), 'session-title', session.name, `s-${cssId(session.id)}`, true, content)}
        <p part="meta" ?hidden=${!meta} lang=${content ?? nothing}>${meta}</p>
        ${compact ? nothing : this.#renderSessionDetails(session, content)}
        <div part="session-actions" ?hidden=${session.kind === 'break'}>
          <button part="star" type="button" aria-pressed=${starred ? 'true' : 'false'} aria-label=${this.t('agendaStarLabel', { name: session.name })} @click=${() => this.#toggleStar(session)}>
            <span aria-hidden="true">${starred ? '★' : '☆'}</span> ${this.t('agendaStar')}
          </button>
          <button
            part="calendar"
            type="button"
            ?hidden=${compact}
            aria-label=${this.t('agendaCalendarLabel', { name: session.name })}
            @click=${() => downloadCalendar(this, (writer) => [writer.sessionEntry(event, session)], event.timeZone, session.name)}
          >
            ${this.t('addToCalendar')}
          </button>
        </div>
      </div>
    </li>`;
  }

  /** Speakers and description: the list view only. */
  #renderSessionDetails(session: Session, content: string | undefined): TemplateResult {
    const description = session.description;
    return html`<ul part="speakers" aria-label=${this.t('agendaSpeakers')} ?hidden=${!session.performers.length} lang=${content ?? nothing}>
        ${session.performers.map((p) => html`<li>${[p.name, p.jobTitle, p.affiliation].filter(Boolean).join(', ')}</li>`)}
      </ul>
      <details part="details" ?hidden=${!description}>
        <summary aria-label=${this.t('agendaMoreAbout', { name: session.name })}>${this.t('agendaMore')}</summary>
        <p lang=${content ?? nothing}>${description}</p>
      </details>
      <p class="print-only" ?hidden=${!description} lang=${content ?? nothing}>${description}</p>`;
  }

  /** The kind's label ("Keynote"), unless it is a talk or the title says it already ("Begrüßung"). */
  #renderKind(session: Session, content: string | undefined): TemplateResult | typeof nothing {
    if (session.kind === 'talk') return nothing;
    const own = session.kind === 'other';
    const label = own ? session.kindName ?? '' : this.t(KIND_TEXT[session.kind]);
    if (session.name.toLowerCase().startsWith(label.toLowerCase())) return nothing;
    return html`<span part="kind" lang=${own ? (content ?? nothing) : nothing}>${label}</span>`;
  }

  #setFilters(filters: AgendaFilters) {
    this.filters = filters;
    if (this.syncUrl) this.#writeHash();
  }

  #onSearch = (e: Event) => this.#setFilters({ ...this.filters, query: (e.target as HTMLInputElement).value });
  #onMine = (e: Event) => this.#setFilters({ ...this.filters, mine: (e.target as HTMLInputElement).checked });
  #reset = () => {
    this.#setFilters({});
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  };

  #toggleStar(session: Session) {
    if (!this.#selection) return;
    this.#selection.toggle(session.id);
    this.selectionVersion += 1;
    this.dispatchEvent(new EvSelectionChangeEvent({ ids: [...this.#selection.all] }));
  }

  #downloadMine = () => {
    const event = this.eventState.event;
    if (!event || !this.#selection) return;
    const sessions = event.sessions.filter((s) => this.#selection!.has(s.id));
    void downloadCalendar(this, (writer) => sessions.map((s) => writer.sessionEntry(event, s)), event.timeZone, `${event.name} – ${this.t('agendaMyAgenda')}`);
  };

  #jumpToNow = () => {
    const first = [...this.#running][0];
    // The session may have ended since the button was pressed.
    if (!first) return;
    const runningDay = this.#allDays.find((d) => d.sessions.some((s) => s.id === first));
    if (this.#paged && runningDay && runningDay.date !== this.activeDay) {
      this.activeDay = runningDay.date;
      void this.updateComplete.then(() => this.#jumpToNow());
      return;
    }
    const title = this.renderRoot.querySelector<HTMLElement>(`#s-${cssId(first)}`);
    if (!title && !this.#batches.done) {
      // Not built yet: build the rest of the day, then jump.
      this.#batches.showAll();
      void this.updateComplete.then(() => this.#jumpToNow());
      return;
    }
    if (!title || title.closest('[hidden]')) {
      // The running session is filtered out: show everything, then jump.
      this.#setFilters({});
      void this.updateComplete.then(() => this.#jumpToNow());
      return;
    }
    title.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    title.focus({ preventScroll: true });
  };

  /** Announces the result count politely, once typing pauses. */
  #scheduleAnnouncement(shown: number, total: number) {
    clearTimeout(this.#announceTimer);
    const text = this.t('agendaCount', { shown, total });
    if (!this.announcedCount) {
      this.announcedCount = text;
      return;
    }
    this.#announceTimer = setTimeout(() => (this.announcedCount = this.t('agendaCount', { shown, total })), ANNOUNCE_DELAY);
  }

  #readHash() {
    const filters = filtersFromHash(location.hash);
    if (filters) this.filters = filters;
  }

  #writeHash() {
    const hash = filtersToHash(this.filters);
    const url = `${location.pathname}${location.search}${hash}`;
    // replaceState: filtering is not navigation, and it must not scroll or fill the history.
    if (hash !== location.hash) history.replaceState(history.state, '', hash ? url : `${location.pathname}${location.search}`);
  }

  /** Printing shows every day, however long the programme. */
  #onBeforePrint = () => {
    if (!this.#paged && this.#batches.done) return;
    this.printing = true;
    // The print snapshot is taken right after beforeprint: render synchronously.
    this.performUpdate();
  };

  #onAfterPrint = () => {
    this.printing = false;
  };

  #onHashChange = () => {
    if (this.syncUrl) this.#readHash();
  };
}

/** A session id as an element id: letters, digits, dashes. */
function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-agenda': EvAgenda;
  }
}
