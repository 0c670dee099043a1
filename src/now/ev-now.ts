import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatLongDate, formatTime, formatTimeRange } from '../data/format.js';
import { addMessages, contentLang } from '../data/i18n.js';
import { en } from '../data/messages/en/now.js';
import { de } from '../data/messages/now.js';
import { readSession } from '../data/normalize/sessions.js';
import { minutesUntil, pageAt, progress, roomList, roomsNow, speakersLine, staleSince, type RoomNow } from '../data/now.js';
import { sharedSource } from '../data/shared-source.js';
import type { EventData, Session } from '../data/types.js';
import { warnOnce } from '../data/warn.js';
import { ClockController } from '../internal/clock.js';
import { EventElement } from '../internal/event-element.js';
import { heading } from '../internal/heading.js';
import { afterLanguage } from '../internal/language-wait.js';
import { renderStatus } from '../internal/status-view.js';
import { statusText } from '../internal/status-text.js';
import { tokens } from '../internal/styles.js';
import { nowStyles } from './ev-now.styles.js';
import type { ScreenChanges } from './screen-changes.js';
import type { QrPath } from './qr.js';

// Both languages with the element: only foyer screens load it.
addMessages({ de, en });

/** Fewest seconds a page of rooms stays: a person must be able to read it. */
export const MIN_PAGE_SECONDS = 8;
/** After this long without an answer from the server, the screen says how old its programme is. */
export { STALE_AFTER_MS } from '../data/now.js';

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/**
 * @tagname ev-now
 * @summary The foyer screen: what runs now and what comes next in every room, with a clock, for a screen left running all day.
 *
 * For each room (`room` limits it to some), the session running now with its speakers, time,
 * the minutes left and a progress bar, a QR code to its page, and the next one ("ab 11:30");
 * between sessions the next one with the time until it starts; "Keine weiteren
 * Programmpunkte" when a room is done. A header holds the event's name, the date and the
 * clock. Sizes follow the element's box: fill a screen (16:9 or 9:16), and titles are at least
 * 32 px at 1080p and 24 px at 720p, with nothing to scroll. With more rooms than fit it turns
 * pages every `page-seconds`, in step with the wall clock. Dark by default.
 *
 * Unattended all day: one page-wide timer drives the clock; the data is checked again as
 * `refresh` says (every minute during the event); the device clock is corrected from the
 * server's `Date`; on network loss it keeps the last programme, moves on by the clock, and
 * after a minute without an answer says "Stand: 10:42". Changes a check brings are marked
 * ("Verschoben", "Raum geändert", "Abgesagt"); a cancelled session says so in large type.
 *
 * @csspart base - The whole screen (a `<section>`).
 * @csspart header - The header with the event's name, the date and the clock.
 * @csspart event-name - The event's name.
 * @csspart date - Today's date.
 * @csspart time-of-day - The clock (hours and minutes).
 * @csspart stale - "Stand: 10:42", shown when the server has not answered for a minute.
 * @csspart rooms - The list of rooms on this page.
 * @csspart room - One room.
 * @csspart room-name - A room's name.
 * @csspart current - The session running now in a room.
 * @csspart label - "Jetzt" above the running session.
 * @csspart title - The running session's title.
 * @csspart cancelled - "Abgesagt" in large type, for a cancelled session.
 * @csspart speakers - The speakers with their organisations.
 * @csspart time - The session's time and the minutes left.
 * @csspart progress - The progress bar (a `<progress>`).
 * @csspart qr - The QR code to the session's page (its `url`, else the event's).
 * @csspart next - The next session in a room ("ab 11:30"), or, between sessions, when it starts.
 * @csspart nothing-left - "Keine weiteren Programmpunkte".
 * @csspart change - The mark of a change a check brought ("Verschoben").
 * @csspart page - "Seite 1 von 2", when the rooms take several pages.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-now-height - The screen's height. Default: `100dvh` (the whole window).
 * @cssprop --ev-now-background - The screen's background. Default: `--ev-color-surface`.
 * @cssprop --ev-now-room-background - A room's background. Default: `--ev-color-subtle`.
 * @cssprop --ev-now-accent - Rules, labels and the progress bar. Default: `--ev-color-accent`.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads. Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvLoadEvent} load - The event is loaded and valid.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable.
 */
export class EvNow extends EventElement {
  static override properties: PropertyDeclarations = {
    room: {},
    pageSeconds: { attribute: 'page-seconds', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** @internal Reads the programme: it shows it. */
  static readSession = readSession;

  /** @internal The change marks' code (./screen-changes.ts), fetched with the first new version of the programme. */
  static loadChanges = () => import('./screen-changes.js');

  static override styles = [tokens, nowStyles];

  /** Only these rooms, comma-separated ("Saal 1, Foyer"), in this order. Default: every room of the event. */
  room?: string;

  /** Seconds each page of rooms stays when they do not all fit (at least 8). Default: 12. */
  pageSeconds = 12;

  /** Level of the event's name; rooms and sessions follow below it. Default: 1 (the screen is the page). */
  headingLevel = 1;

  /** The change marks (./screen-changes.ts), loaded with the first new version of the programme. */
  #changes?: ScreenChanges;
  /** The versions of the programme seen before the marks' code came, the first one first. */
  #versions: (readonly Session[])[] = [];
  #trackedEvent?: EventData;
  readonly #qr = new Map<string, QrPath>();
  #qrPath?: (text: string) => QrPath;
  #perPage = 4;
  #resize?: ResizeObserver;

  readonly #clock = new ClockController(this, {
    granularity: () => gcd(60_000, this.#pageMs),
    wakeAt: () => (this.eventState.event?.sessions ?? []).flatMap((s) => (s.end === undefined ? [s.start] : [s.start, s.end])),
    offset: () => this.eventState.clockOffset,
  });

  constructor() {
    super();
    this.theme = 'dark';
  }

  static override define(tag = 'ev-now', registry?: CustomElementRegistry): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Portrait door screens show three rooms a page, one below the other; landscape four, two by two.
    this.#resize = new ResizeObserver(() => {
      const perPage = this.clientHeight > this.clientWidth ? 3 : 4;
      if (perPage !== this.#perPage) {
        this.#perPage = perPage;
        this.requestUpdate();
      }
    });
    this.#resize.observe(this);
    // The QR codes' writer (lean-qr), on demand: pages without a foyer screen never load it.
    void import('./qr.js').then(
      ({ qrPath }) => {
        this.#qrPath = qrPath;
        this.requestUpdate();
      },
      (error: unknown) => warnOnce(`QR codes not loaded, the screen shows none: ${error}`),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  get #pageMs(): number {
    const seconds = Number.isFinite(this.pageSeconds) ? this.pageSeconds : 12;
    return Math.max(MIN_PAGE_SECONDS, seconds) * 1000;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pageSeconds') && this.pageSeconds < MIN_PAGE_SECONDS) warnOnce(`<ev-now> page-seconds="${this.pageSeconds}": pages stay at least ${MIN_PAGE_SECONDS} seconds, so that people can read them`);
    const event = this.eventState.event;
    if (event && event !== this.#trackedEvent) {
      this.#trackedEvent = event;
      this.#see(event.sessions);
    }
  }

  /** Compares a version of the programme with the one before; the marks' code comes with the first new version. */
  #see(sessions: readonly Session[]) {
    if (this.#changes) return this.#changes.see(sessions);
    const versions = this.#versions;
    if (versions.at(-1) === sessions) return;
    versions.push(sessions);
    if (versions.length !== 2) return;
    void (this.constructor as typeof EvNow).loadChanges().then(
      ({ ScreenChanges, texts }) => {
        addMessages(texts);
        this.#changes = new ScreenChanges();
        for (const version of this.#versions) this.#changes.see(version);
        this.#versions = [];
        this.requestUpdate();
      },
      (error: unknown) => {
        warnOnce(`change marks not loaded, the screen shows none: ${error}`);
        // The next change asks again, from the version shown now (in vain in Chromium and Firefox, which keep a failed import for the page's life).
        this.#versions = this.#versions.slice(-1);
      },
    );
  }

  protected override render() {
    const event = this.eventState.event;
    if (!event) return renderStatus(this.eventState, this.uiLang);
    const now = this.#clock.now;
    const lang = this.uiLang;
    const zone = event.timeZone;
    const rooms = roomsNow(this.#programme(event), now, roomList(this.room));
    const { rooms: shown, page, pages } = pageAt(rooms, this.#perPage, this.#pageMs, now);
    const content = contentLang(event, lang);
    // The last answer in device time, as the source keeps it; shown in the corrected time, as the clock is.
    const stale = staleSince(this.#source(), Date.now());
    return html`<section part="base" lang=${lang} aria-label=${this.t('nowScreen', { name: event.name })}>
      <header part="header">
        ${heading(this.headingLevel, 'event-name', event.name, undefined, false, content)}
        <p part="date">${formatLongDate(now, zone, lang)}</p>
        ${stale !== undefined ? html`<p part="stale">${this.t('nowStale', { time: formatTime(stale + this.eventState.clockOffset, zone, lang) })}</p>` : nothing}
        <p part="time-of-day"><time datetime=${new Date(now).toISOString()}>${formatTime(now, zone, lang)}</time></p>
      </header>
      ${keyed(page, html`<ul part="rooms" class=${rooms.length === 1 ? 'single' : ''}>${shown.map((r) => this.#renderRoom(event, r, now, content))}</ul>`)}
      ${pages > 1 ? html`<p part="page">${this.t('nowPage', { page: page + 1, pages })}</p>` : nothing}
    </section>`;
  }

  /** The sessions, or, for an event without a programme, the event itself as its one session. */
  #programme(event: EventData): readonly Session[] {
    if (event.sessions.length) return event.sessions;
    return [{ id: event.id, name: event.name, start: event.start, end: event.end, kind: 'talk', performers: [], tracks: [], url: event.url, status: event.status === 'scheduled' ? undefined : event.status }];
  }

  /** The shared source of this screen's data (its own `src`, or its `<ev-event>`'s), for the time of the last answer. */
  #source() {
    const src = this.src ?? this.closest('ev-event')?.getAttribute('src');
    if (!src) return undefined;
    try {
      return sharedSource(new URL(src, document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  #renderRoom(event: EventData, room: RoomNow, now: number, content: string | undefined): TemplateResult {
    const { current, next } = room;
    const lang = this.uiLang;
    const zone = event.timeZone;
    const level = this.headingLevel + 1;
    const name = room.room || event.place?.name || this.t('nowProgramme');
    const until = (at: number) => {
      const count = minutesUntil(at, now);
      return count === 1 ? this.t('nowStartsInOne') : this.t('nowStartsIn', { count });
    };
    return html`<li part="room">
      ${heading(level, 'room-name', name, undefined, false, room.room ? content : undefined)}
      ${current ? this.#renderCurrent(event, current, room.currentEnd!, now, content) : nothing}
      ${next
        ? html`<p part="next">
            ${current ? this.t('nowNext') : until(next.start)} · ${this.t('nowFrom', { time: formatTime(next.start, zone, lang) })}
            <strong lang=${content ?? nothing}>${this.#badge(next)}${next.name}</strong>
          </p>`
        : current
          ? nothing
          : html`<p part="nothing-left">${this.t('nowNothingLeft')}</p>`}
    </li>`;
  }

  #renderCurrent(event: EventData, session: Session, end: number, now: number, content: string | undefined): TemplateResult {
    const lang = this.uiLang;
    const left = minutesUntil(end, now);
    const done = Math.round(progress(session.start, end, now) * 100);
    const cancelled = session.status === 'cancelled';
    const people = speakersLine(session);
    return html`<div part="current" class=${session.status ?? ''}>
      <p part="time"><span part="label">${this.t('nowLabel')}</span> ${formatTimeRange(session.start, end, event.timeZone, lang)} · ${left === 1 ? this.t('nowRemainingOne') : this.t('nowRemaining', { count: left })}</p>
      ${this.#renderQr(session.url ?? event.url, session.name)}
      ${heading(this.headingLevel + 2, 'title', html`${this.#badge(session)}${session.name}`, undefined, false, content)}
      ${cancelled ? html`<p part="cancelled">${statusText(lang, 'cancelled')}</p>` : nothing}
      ${people ? html`<p part="speakers" lang=${content ?? nothing}>${people}</p>` : nothing}
      ${cancelled ? nothing : html`<progress part="progress" max="100" .value=${done} aria-label=${this.t('nowLabel')}>${done} %</progress>`}
    </div>`;
  }

  #badge(session: Session): TemplateResult | typeof nothing {
    const mark = this.#changes?.mark(session.id);
    return mark ? html`<span part="change">${this.t(mark)}</span> ` : nothing;
  }

  #renderQr(url: string | undefined, name: string): TemplateResult | typeof nothing {
    if (!url || !this.#qrPath) return nothing;
    let code = this.#qr.get(url);
    if (!code) this.#qr.set(url, (code = this.#qrPath(url)));
    // The quiet zone of four modules is part of the picture: a reader needs it.
    return html`<svg part="qr" role="img" aria-label=${this.t('nowQr', { name })} viewBox=${`-4 -4 ${code.size + 8} ${code.size + 8}`} shape-rendering="crispEdges">
      ${svg`<path d=${code.d}></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-now': EvNow;
  }
}
