// One date of <ev-series>, in the list and under the month grid.
import { html, nothing, type TemplateResult } from 'lit';
import { formatEventDate, formatLongDate } from '../data/format.js';
import type { Lang, MessageKey } from '../data/i18n.js';
import { calendarDate } from '../data/time.js';
import { eventFormat } from '../data/series.js';
import { registrationState, registrationWindow, statusBadges } from '../data/status.js';
import type { EventData } from '../data/types.js';
import { renderBadges } from '../internal/badges.js';

/** What a date's template needs from its series. */
export interface ItemView {
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly lang: Lang;
  /** The zone the series shows times in. */
  readonly zone: string;
  readonly now: number;
  /** Whether a "show" button hands the date to the series' `target`. */
  readonly canShow: boolean;
  readonly onShow: (event: EventData) => void;
  readonly onCalendar: (event: EventData) => void;
}

/** One date of the series: when, format and place, its name (linked), status badges and its buttons. */
export function renderItem(view: ItemView, event: EventData): TemplateResult {
const { t, lang, zone, now } = view;
  const when = html`<time datetime=${new Date(event.start).toISOString()}>${formatEventDate(event, zone, lang)}</time>`;
  const format = eventFormat(event);
  const place = event.place?.address?.locality ?? (event.attendanceMode === 'online' ? t('seriesOnline') : event.place?.name);
  const closes = registrationWindow(event).closes;
  const until = registrationState(event, now) === 'open' && closes !== undefined ? [t('seriesOpenUntil', { date: formatLongDate(closes, zone, lang) })] : [];
  const cancelled = event.status === 'cancelled';
  return html`<li part="item" class=${cancelled ? 'cancelled' : ''} data-date=${calendarDate(event.start, zone)}>
    <p part="date">${cancelled ? html`<del>${when}</del>` : when}</p>
    ${format || place ? html`<p part="meta">${[format, place].filter(Boolean).join(' · ')}</p>` : nothing}
    <p part="name">${event.url ? html`<a href=${event.url} rel="noopener">${event.name}</a>` : event.name}</p>
    ${renderBadges(event, [...statusBadges(event, now).filter((b) => b !== 'online'), ...until], lang)}
    <div part="actions">
      ${view.canShow ? html`<button part="show" type="button" aria-label=${t('seriesShowFor', { name: event.name })} @click=${() => view.onShow(event)}>${t('seriesShow')}</button>` : nothing}
      ${cancelled
        ? nothing
        : html`<button part="calendar" type="button" aria-label=${t('addToCalendarFor', { name: event.name })} @click=${() => view.onCalendar(event)}>
            ${t('addToCalendar')}
          </button>`}
    </div>
  </li>`;
}
