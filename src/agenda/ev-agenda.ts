import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  facets,
  filtersFromHash,
  filtersToHash,
  filterSessions,
  groupByDay,
  runningSessionIds,
  sessionBoundaries,
  cachedSessionIndex,
  type AgendaDay,
  type AgendaFilters,
} from '../data/agenda.js';
import { formatEventDate, formatLongDate } from '../data/format.js';
import { addMessages, contentLang } from '../data/i18n.js';
import { de } from '../data/messages/agenda.js';
import type { EventData, Session } from '../data/types.js';
import { warnUnlessAllowed } from '../internal/allowed.js';
import { warnOnce } from '../data/warn.js';
import { BatchController } from '../internal/batches.js';
import { ClockController } from '../internal/clock.js';
import { downloadCalendar } from '../internal/download.js';
import { EventElement } from '../internal/event-element.js';
import { afterLanguage } from '../internal/language-wait.js';
import { HashFiltersController } from '../internal/hash-filters.js';
import { heading } from '../internal/heading.js';
import { EvSelectionChangeEvent } from './events.js';
import { renderStatus } from '../internal/status-view.js';
import { filterControls } from '../internal/filter-styles.js';
import { tokens } from '../internal/styles.js';
import { agendaStyles } from './ev-agenda.styles.js';
import { PrintController } from './print.js';
import { Selection } from './selection.js';
import { renderControls, renderDayNav, type ControlsView } from './controls-view.js';
import { cssId, renderSession } from './session-view.js';
import { readSession } from '../data/normalize/sessions.js';
import type { AgendaChanges } from './changes.js';

// Texts ship with the module that shows them: <ev-agenda>.
// Named imports, not `* as`: a namespace object costs every partner page a bundler helper.
addMessages({ de });

export const AGENDA_VIEWS = ['list', 'compact'] as const;
export const CHANGES_MODES = ['on', 'off'] as const;
export type AgendaChangesMode = (typeof CHANGES_MODES)[number];
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** How long typing may pause before the new result count is announced. */
const ANNOUNCE_DELAY = 500;
/** Above this many sessions, a multi-day programme shows one day at a time (with a day switcher). */
export const DAY_PAGING_THRESHOLD = 200;

/**
 * @tagname ev-agenda
 * @summary The programme: sessions by day and time, speakers, breaks, filters, "now running", a personal selection, print.
 *
 * Sessions come from the event's `subEvent`. Visitors filter by topic and room,
 * search titles, people and organisations (case, accents and ae/ä, ss/ß alike),
 * star sessions for their own selection (kept in `localStorage` per event only
 * once they star one) and download sessions as .ics. Sessions that changed since the
 * visitor's last visit, or while the page is open (`refresh`), are marked ("Neu",
 * "Verschoben", "Raum geändert", "Abgesagt", "Geändert") and summed up at the top; the
 * fingerprints this compares (times, room, status, a hash of title and speakers) stay in
 * `localStorage` per event, and `changes="off"` turns it off. While the event runs, the
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
 * @csspart change - A session's mark of what changed since the visitor last looked ("Verschoben"), with the change as its class (`new`, `moved`, `room`, `cancelled`, `changed`).
 * @csspart session-status - A session's own status when it is not scheduled ("Abgesagt"); a cancelled session's title is struck through.
 * @csspart changes - The summary of changes since the last visit, with the changed sessions (starred first).
 * @csspart change-link - A changed session in the summary: it jumps to the session.
 * @csspart changes-only - The "show changes only" toggle in the summary.
 * @csspart changes-announcement - The (visually hidden) live region that announces changes a refresh brings.
 * @csspart empty - The text shown when there is no programme (yet) or nothing matches.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads, so the page does not shift; set it to the height of the loaded widget (docs/embedding.md: no layout shift). Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @cssprop --ev-agenda-accent - Colour of session edges, links and pressed stars. Default: `--ev-color-accent`.
 * @cssprop --ev-agenda-now - Colour of the "now running" mark. Default: `--ev-color-success`.
 * @cssprop --ev-agenda-session-background - Background of a session. Default: `--ev-color-surface`.
 * @cssprop --ev-agenda-change-background - Background of the change marks. Default: `--ev-color-accent`.
 * @cssprop --ev-agenda-change-color - Text colour of the change marks. Default: `--ev-color-on-accent`.
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
    changes: {},
    filters: { state: true },
    announcedCount: { state: true },
    selectionVersion: { state: true },
    activeDay: { state: true },
    printing: { state: true },
  };

  /** @internal Reads the programme: it shows it. Elements without it read no sessions (src/data/pipeline.ts). */
  static readSession = readSession;

  static override styles = [tokens, filterControls, agendaStyles];

  /** `list` (default) with speakers and descriptions, or `compact` with one line per session. */
  view: AgendaView = 'list';

  /** Level of the programme's heading; days and sessions follow below it. Default: 2. */
  headingLevel = 2;

  /** Keep the filters in the URL hash (`#agenda?track=…`), so a link shares the filtered view. */
  syncUrl = false;

  /** `on` (default): mark what changed since the last visit or while the page is open; `off`: no marks, nothing stored. */
  changes: AgendaChangesMode = 'on';

  /** Where focus was when new data came (`#focusedPlace`). */
  #keepFocus?: [string, string | null];

  /** The change marks, loaded on demand (./changes.ts). */
  #changes?: AgendaChanges;

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

  static override define(tag = 'ev-agenda', registry?: CustomElementRegistry): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  /** The filters in the URL hash, when `sync-url` asks for it. */
  readonly #hash = new HashFiltersController(this, { enabled: () => this.syncUrl, get: () => this.filters, set: (filters) => (this.filters = filters), toHash: filtersToHash, fromHash: filtersFromHash });

  /** Printing shows every day, however long the programme. */
  protected readonly printController = new PrintController(this, (printing) => {
    if (printing && !this.#paged && this.#batches.done) return;
    this.printing = printing;
    // The print snapshot is taken right after beforeprint: render synchronously.
    if (printing) this.performUpdate();
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) warnUnlessAllowed(this.localName, 'view', this.view, AGENDA_VIEWS);
    if (changed.has('changes')) warnUnlessAllowed(this.localName, 'changes', this.changes, CHANGES_MODES);
    const event = this.eventState.event;
    if (event && this.#selection === undefined) this.#selection = new Selection(event.id);
    if (!event) return;
    this.#contentLang = contentLang(event, this.uiLang);
    // Days change only with the event; a keystroke or a clock tick keeps them.
    if (this.#groupedEvent !== event) {
      if (this.#groupedEvent) this.#keepFocus = this.#focusedPlace();
      this.#allDays = groupByDay(event.sessions, event.timeZone);
      this.#groupedEvent = event;
      this.#seeChanges(event);
    }
    let shown: readonly Session[] = filterSessions(event.sessions, this.filters, this.#selection?.all ?? new Set(), cachedSessionIndex);
    if (this.#changes) shown = this.#changes.shown(shown);
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
    this.#restoreFocus();
  }

  /**
   * The session (its title's id) and the part that has focus. Lists are rendered by position, not
   * keyed: when a refresh adds or moves sessions, the visitor's focus moves with its session.
   */
  #focusedPlace(): [string, string | null] | undefined {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const id = active?.closest('[part~="session"]')?.querySelector('[part~="session-title"]')?.id;
    return id ? [id, active!.getAttribute('part')] : undefined;
  }

  #restoreFocus() {
    const place = this.#keepFocus;
    this.#keepFocus = undefined;
    if (!place || this.#focusedPlace()?.join() === place.join()) return;
    const title = this.renderRoot.querySelector<HTMLElement>(`#${place[0]}`);
    (place[1] && title?.closest('[part~="session"]')?.querySelector<HTMLElement>(`[part~="${place[1]}"]`) || title)?.focus({ preventScroll: true });
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
    return html`<section part="base" lang=${this.uiLang} aria-label=${`${this.t('agendaTitle')}: ${event.name}`}>
      ${heading(this.headingLevel, 'heading', this.t('agendaTitle'), 'agenda-heading')}
      <p class="print-only"><span lang=${this.#contentLang ?? nothing}>${event.name}</span> · ${formatEventDate(event, event.timeZone, this.uiLang)}</p>
      ${event.sessions.length === 0 ? html`<p part="empty">${this.t('agendaEmpty')}</p>` : this.#renderProgramme(event)}
    </section>`;
  }

  #renderProgramme(event: EventData): TemplateResult {
    const multiDay = this.#allDays.length > 1;
    const { tracks, rooms } = facets(event.sessions);
    const controls: ControlsView = {
      t: (key, values) => this.t(key, values),
      lang: this.uiLang,
      filters: this.filters,
      tracks,
      rooms,
      starred: this.#selection?.size ?? 0,
      running: this.#running.size > 0,
      setFilters: (filters) => this.#setFilters(filters),
      onReset: this.#reset,
      onNow: this.#jumpToNow,
      onDownloadMine: this.#downloadMine,
    };
    return html`${renderControls(controls)}
      ${this.#paged && !this.printing ? renderDayNav(controls, event, this.#allDays, this.activeDay, this.#matchCounts, (date) => (this.activeDay = date)) : nothing}
      ${this.#changes?.summary({ ...controls, timeZone: event.timeZone, sessions: event.sessions, starred: (id) => !!this.#selection?.has(id), jump: this.#jumpTo })}
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

  #renderDay(event: EventData, day: AgendaDay, sessions: readonly Session[], multiDay: boolean): TemplateResult {
    const lang = this.uiLang;
    const view = this.view;
    return html`<section part="day" ?hidden=${!this.#matchCounts.get(day.date)}>
      ${multiDay ? heading(this.headingLevel + 1, 'day-heading', formatLongDate(day.start, event.timeZone, lang)) : nothing}
      <ol part="sessions">
        ${sessions.map(
          // Re-render a session only when something it shows changed: a keystroke then costs a filter pass, not 3,000 templates.
          (s) =>
            guard([s, this.#running.has(s.id), this.#selection?.has(s.id), view, lang, multiDay, this.headingLevel, event, this.#changes?.kind(s.id)], () =>
              renderSession(
                {
                  t: (key, values) => this.t(key, values),
                  lang,
                  headingLevel: this.headingLevel,
                  compact: view === 'compact',
                  contentLang: this.#contentLang,
                  running: this.#running.has(s.id),
                  starred: this.#selection?.has(s.id) ?? false,
                  onStar: () => this.#toggleStar(s),
                  onCalendar: () => downloadCalendar(this, (writer) => [writer.sessionEntry(event, s)], event.timeZone, s.name),
                  changed: this.#changes?.kind(s.id),
                  change: this.#changes?.badge(s.id, (key, values) => this.t(key, values)),
                },
                event,
                s,
                multiDay,
              ),
            ),
        )}
      </ol>
    </section>`;
  }

  #setFilters(filters: AgendaFilters) {
    this.filters = filters;
    this.#hash.write();
  }

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

  #jumpToNow = () => this.#jumpTo([...this.#running][0]);

  /** Scrolls to a session and focuses its title: its day, its batch and the filters make way. */
  #jumpTo = (first?: string): void => {
    // The session may have ended (or gone) since the button was pressed.
    if (!first) return;
    const runningDay = this.#allDays.find((d) => d.sessions.some((s) => s.id === first));
    if (this.#paged && runningDay && runningDay.date !== this.activeDay) {
      this.activeDay = runningDay.date;
      void this.updateComplete.then(() => this.#jumpTo(first));
      return;
    }
    const title = this.renderRoot.querySelector<HTMLElement>(`#s-${cssId(first)}`);
    if (!title && !this.#batches.done) {
      // Not built yet: build the rest of the day, then jump.
      this.#batches.showAll();
      void this.updateComplete.then(() => this.#jumpTo(first));
      return;
    }
    if (!title || title.closest('[hidden]')) {
      // The session is filtered out: show everything, then jump.
      if (this.#changes) this.#changes.only = false;
      this.#setFilters({});
      void this.updateComplete.then(() => this.#jumpTo(first));
      return;
    }
    title.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    title.focus({ preventScroll: true });
  };

  /** Compares a new version of the programme with what the visitor saw (./changes.ts, loaded the first time). */
  #seeChanges(event: EventData) {
    // On the server (SSR) there is no earlier visit to compare with: the browser marks changes once it runs.
    if (this.changes === 'off' || isServer) return;
    const see = () => this.#changes!.see(event.sessions, (key, values) => this.t(key, values), this.uiLang, event.timeZone);
    if (this.#changes) return see();
    void import('./changes.js').then(({ AgendaChanges, texts }) => {
      if (this.#changes || this.eventState.event !== event) return;
      addMessages(texts);
      this.#changes = new AgendaChanges(event.id, this.renderRoot as ShadowRoot, { html, nothing }, () => this.requestUpdate());
      see();
      // Not while it is out of the page: an update then builds every batch (./batches.ts); it updates when it comes back.
      if (this.isConnected) this.requestUpdate();
    }, (error: unknown) => warnOnce(`change marks not loaded, the programme is shown without them: ${error}`));
  }

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
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-agenda': EvAgenda;
  }
}
