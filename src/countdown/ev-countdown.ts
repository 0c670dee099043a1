import { readOffers } from '../data/normalize/offers.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatCompact, formatRemaining, remainingTime, unitLabel, type CountdownUnit } from '../data/countdown.js';
import { formatTimeRange } from '../data/format.js';
import { addMessages, contentLang } from '../data/i18n.js';
import { de } from '../data/messages/countdown.js';
import { effectiveEnd, registrationWindow } from '../data/status.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, parseDateValue } from '../data/time.js';
import { warnUnlessAllowed } from '../internal/allowed.js';
import { ClockController } from '../internal/clock.js';
import { eventAt } from '../data/current-date.js';
import { EventElement } from '../internal/event-element.js';
import { afterLanguage } from '../internal/language-wait.js';
import { EvCountdownEndEvent, EvCountdownStartEvent } from './events.js';
import { renderStatus } from '../internal/status-view.js';
import { tokens } from '../internal/styles.js';
import { countdownStyles } from './ev-countdown.styles.js';

// Texts ship with the module that shows them: <ev-countdown>.
// Named imports, not `* as`: a namespace object costs every partner page a bundler helper.
addMessages({ de });

export const COUNTDOWN_TARGETS = ['start', 'registration-end'] as const;
export type CountdownTarget = (typeof COUNTDOWN_TARGETS)[number];
export const COUNTDOWN_PRECISIONS = ['minutes', 'seconds'] as const;
export type CountdownPrecision = (typeof COUNTDOWN_PRECISIONS)[number];
export const COUNTDOWN_FORMATS = ['full', 'compact'] as const;
export type CountdownFormat = (typeof COUNTDOWN_FORMATS)[number];

/** Where a countdown stands. */
export type CountdownPhase = 'upcoming' | 'running' | 'ended';

interface Goal {
  target: number;
  /** When "running" ends; absent for deadlines, which have no running phase. */
  end?: number;
  zone: string;
  deadline: boolean;
}

/**
 * @tagname ev-countdown
 * @summary Time until the event starts (or registration closes), then "running now", then "ended".
 *
 * The remaining time is computed from the clock each time, never by counting
 * ticks, so it is right at once after sleep, a clock change or a background
 * tab. All countdowns on a page share one timer, which stops while the tab is
 * hidden. Screen readers get a sentence that changes at most once a minute,
 * not every tick.
 *
 * @csspart caption - What it counts to: "Zeit bis zum Beginn: <name>" (`no-caption` leaves it out).
 * @csspart base - The countdown's frame, with `role="timer"`.
 * @csspart segments - The list of numbers with units.
 * @csspart segment - One number with its unit.
 * @csspart segment-day - The days' segment.
 * @csspart segment-hour - The hours' segment.
 * @csspart segment-minute - The minutes' segment.
 * @csspart segment-second - The seconds' segment.
 * @csspart value - A number.
 * @csspart unit - A unit ("Tage", "Stunden").
 * @csspart phrase - The one-line phrase of `format="compact"`.
 * @csspart state - The text shown while running or after the end.
 * @csspart pause - The button that stops and restarts the seconds.
 * @csspart status - The loading line shown before the data arrives.
 * @csspart error - The error box when the data cannot be shown.
 * @csspart retry - The retry button in the error box.
 * @cssprop --ev-reserved-block-size - Height kept while the event loads, so the page does not shift; set it to the height of the loaded widget (docs/embedding.md: no layout shift). Default: none.
 * @cssstate loading - The widget waits for its event and shows the loading line.
 * @cssprop --ev-countdown-accent - Colour of the numbers. Default: `--ev-color-accent`.
 * @cssprop --ev-countdown-value-size - Size of the numbers. Default: 2em.
 * @cssprop --ev-countdown-phrase-size - Size of the compact phrase and state text. Default: 1.25em.
 * @fires {EvCountdownStartEvent} ev-countdown-start - Once, when the event starts while the page is open.
 * @fires {EvCountdownEndEvent} ev-countdown-end - When the event ends (or the deadline passes) while the page is open; for a recurring event, at the end of each of its dates, after which the countdown goes on to the next one.
 * @fires {EvLoadStartEvent} loadstart - A request for `src` starts.
 * @fires {EvLoadEvent} load - The event is loaded and valid.
 * @fires {EvErrorEvent} error - Loading failed or the data is unusable.
 */
export class EvCountdown extends EventElement {
  /** Reads the offers (prices, the registration window): this element shows them. */
  static readOffers = readOffers;
  static override properties: PropertyDeclarations = {
    until: {},
    target: {},
    precision: {},
    format: { reflect: true },
    noCaption: { attribute: 'no-caption', type: Boolean },
    paused: { state: true },
    announcement: { state: true },
  };

  static override styles = [tokens, countdownStyles];

  /** What to count down to: `start` (default) or `registration-end` (the offer's `validThrough`). */
  until: CountdownTarget = 'start';

  /** A fixed instant to count down to (ISO 8601), instead of the event's. */
  target?: string;

  /** `minutes` (default) or `seconds`; seconds come with a pause button. */
  precision: CountdownPrecision = 'minutes';

  /** `full` (default): numbers with units; `compact`: one phrase such as "in 3 Tagen". */
  format: CountdownFormat = 'full';

  /** Leaves out the caption above the numbers that names what they count to (e.g. where the page's heading already says it). */
  noCaption = false;

  private paused = false;
  private announcement = '';

  #goal?: Goal;
  #phase?: CountdownPhase;
  #frozenAt?: number;

  readonly #clock = new ClockController(this, {
    granularity: () => {
      if (!this.#goal || this.#phase === 'ended' || this.#phase === 'running') return 0;
      return this.precision === 'seconds' && !this.paused && this.format === 'full' ? 1000 : 60_000;
    },
    wakeAt: () => (this.#goal ? [this.#goal.target, ...(this.#goal.end === undefined ? [] : [this.#goal.end])] : []),
    offset: () => this.eventState.clockOffset,
  });

  static override define(tag = 'ev-countdown', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  /** Renders once the texts of its language are here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLanguage(this.uiLang, () => super.scheduleUpdate());
  }

  /** Where the countdown stands now. */
  get countdownPhase(): CountdownPhase | undefined {
    return this.#phase;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#warnAboutValues(changed);
    const before = this.#goal;
    this.#goal = this.#findGoal();
    const previous = this.#phase;
    this.#phase = this.#goal ? this.#phaseAt(this.#clock.now, this.#goal) : undefined;
    if (previous && this.#phase && previous !== this.#phase) this.#onPhaseChange(previous, this.#phase, before);
    this.#clock.reschedule();
  }

  protected override render() {
    const goal = this.#goal;
    if (!goal || !this.#phase) {
      if (this.eventState.event) return html`<p part="state">${this.t('countdownNoDeadline')}</p>`;
      return renderStatus(this.eventState, this.uiLang);
    }
    const label = this.t(goal.deadline ? 'countdownLabelDeadline' : 'countdownLabelStart');
    // A countdown to its own target has no event to name.
    const event = this.target ? undefined : this.eventState.event;
    return html`${event && !this.noCaption && this.#phase === 'upcoming'
        ? html`<p part="caption">${label}: <span lang=${contentLang(event, this.uiLang) ?? nothing}>${event.name}</span></p>`
        : nothing}<div part="base" role="timer" aria-label=${label}>
        ${this.#phase === 'upcoming' ? this.#renderUpcoming(goal) : this.#renderDone(goal)}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  #renderUpcoming(goal: Goal): TemplateResult {
    const now = this.paused && this.#frozenAt !== undefined ? this.#frozenAt : this.#clock.now;
    const lang = this.uiLang;
    // Whole minutes, from the minute's start: the spoken sentence changes at most once a minute.
    const minuteNow = Math.floor(this.#clock.now / 60_000) * 60_000;
    const sentence = this.t(goal.deadline ? 'countdownUntilDeadline' : 'countdownUntilStart', {
      time: formatRemaining(remainingTime(minuteNow, goal.target, goal.zone, 'minute'), lang),
    });
    if (this.format === 'compact') {
      const clockText = (ms: number) => this.t('atTime', { time: formatTimeRange(ms, undefined, goal.zone, lang) });
      return html`<p part="phrase" aria-hidden="true">${formatCompact(now, goal.target, goal.zone, lang, clockText)}</p>
        <span class="visually-hidden">${sentence}</span>`;
    }
    const seconds = this.precision === 'seconds';
    const r = remainingTime(now, goal.target, goal.zone, seconds ? 'second' : 'minute');
    const values: [number, CountdownUnit][] = [
      [r.days, 'day'],
      [r.hours, 'hour'],
      [r.minutes, 'minute'],
    ];
    if (seconds) values.push([r.seconds, 'second']);
    return html`<ul part="segments" aria-hidden="true">
        ${values.map(
          ([value, unit]) => html`<li part="segment segment-${unit}">
            <span part="value">${unit === 'day' ? value : String(value).padStart(2, '0')}</span>
            <span part="unit">${unitLabel(value, unit, lang)}</span>
          </li>`,
        )}
      </ul>
      <span class="visually-hidden">${sentence}</span>
      ${seconds
        ? html`<button part="pause" type="button" aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.#togglePause}>
            ${this.t(this.paused ? 'countdownResume' : 'countdownPause')}
          </button>`
        : nothing}`;
  }

  #renderDone(goal: Goal): TemplateResult {
    const key = goal.deadline ? 'countdownDeadlinePassed' : this.#phase === 'running' ? 'countdownRunning' : 'countdownEnded';
    return html`<p part="state">${this.t(key)}</p>`;
  }

  #togglePause = () => {
    this.paused = !this.paused;
    this.#frozenAt = this.paused ? this.#clock.now : undefined;
  };

  #phaseAt(now: number, goal: Goal): CountdownPhase {
    if (now < goal.target) return 'upcoming';
    if (goal.end !== undefined && now < goal.end) return 'running';
    return 'ended';
  }

  #onPhaseChange(from: CountdownPhase, to: CountdownPhase, before = this.#goal) {
    const goal = this.#goal!;
    if (from === 'upcoming' && to !== 'upcoming' && !goal.deadline) this.#dispatchAfterUpdate(new EvCountdownStartEvent({ target: goal.target }));
    // A recurring event's date ended, and the countdown went on to the next one.
    if (to === 'ended' || (from === 'running' && to === 'upcoming')) this.#dispatchAfterUpdate(new EvCountdownEndEvent({ target: (to === 'ended' ? goal : before!).end ?? goal.target }));
    this.announcement =
      to === 'running' ? this.t('countdownStarted') : to === 'ended' ? this.t(goal.deadline ? 'countdownDeadlinePassed' : 'countdownFinished') : '';
  }

  #dispatchAfterUpdate(event: Event) {
    void this.updateComplete.then(() => this.dispatchEvent(event));
  }

  protected override get waiting(): boolean {
    return !(this.#goal && this.#phase) && super.waiting;
  }

  /** A countdown with its own `target` needs no event data. */
  override get dataOptional(): boolean {
    return !!this.target;
  }

  #findGoal(): Goal | undefined {
    // A recurring event counts to its date that is on or comes next, and moves on when one ends.
    const event = this.eventState.event && eventAt(this.eventState.event, this.#clock.now);
    const zone = this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : (event?.timeZone ?? DEFAULT_TIME_ZONE);
    if (this.target) {
      const target = parseDateValue(this.target, zone)?.ms;
      return target === undefined ? undefined : { target, zone, deadline: true };
    }
    if (!event) return undefined;
    if (this.until === 'registration-end') {
      const closes = registrationWindow(event).closes;
      return closes === undefined ? undefined : { target: closes, zone, deadline: true };
    }
    return { target: event.start, end: effectiveEnd(event), zone, deadline: false };
  }

  #warnAboutValues(changed: PropertyValues<this>) {
    warnUnlessAllowed(this.localName, 'until', this.until, COUNTDOWN_TARGETS);
    warnUnlessAllowed(this.localName, 'precision', this.precision, COUNTDOWN_PRECISIONS);
    warnUnlessAllowed(this.localName, 'format', this.format, COUNTDOWN_FORMATS);
    if (changed.has('target') && this.target && !parseDateValue(this.target, DEFAULT_TIME_ZONE)) {
      console.warn(`[event-widgets] <ev-countdown> target="${this.target}" is not a date (expected ISO 8601 such as "2024-11-06T09:00").`);
    }
    if (this.until === 'registration-end' && this.eventState.event && registrationWindow(this.eventState.event).closes === undefined && changed.has('until')) {
      console.warn('[event-widgets] <ev-countdown until="registration-end">: the data has no offers.validThrough.');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ev-countdown': EvCountdown;
  }
}
