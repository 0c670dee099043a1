// The agenda's search and filter controls, and the day switcher of a long programme.
import { html, nothing, type TemplateResult } from 'lit';
import { hasFilters, type AgendaDay, type AgendaFilters } from '../data/agenda.js';
import { formatShortDay } from '../data/format.js';
import type { Lang, MessageKey } from '../data/i18n.js';
import type { EventData } from '../data/types.js';

/** What the controls need from their agenda. */
export interface ControlsView {
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly lang: Lang;
  readonly filters: AgendaFilters;
  /** The topics and rooms to filter by (a select each when there are two or more). */
  readonly tracks: readonly string[];
  readonly rooms: readonly string[];
  /** How many sessions the visitor starred. */
  readonly starred: number;
  /** Whether a session runs now ("Jetzt"). */
  readonly running: boolean;
  readonly setFilters: (filters: AgendaFilters) => void;
  readonly onReset: () => void;
  readonly onNow: () => void;
  readonly onDownloadMine: () => void;
}

/** Search, topic and room, "my selection", reset, "Jetzt" and the selection's download. */
export function renderControls(view: ControlsView): TemplateResult {
const { t, filters, tracks, rooms, starred } = view;
  return html`<div part="controls" role="search" aria-label=${t('agendaFilters')}>
    <label
      >${t('agendaSearch')}
      <input part="search" type="search" .value=${filters.query ?? ''} placeholder=${t('agendaSearchHint')} @input=${(e: Event) => view.setFilters({ ...filters, query: (e.target as HTMLInputElement).value })} />
    </label>
    ${tracks.length > 1 ? renderSelect(view, 'track', 'agendaTrack', tracks, filters.track) : nothing}
    ${rooms.length > 1 ? renderSelect(view, 'room', 'agendaRoom', rooms, filters.room) : nothing}
    <div class="row">
    ${starred > 0 || filters.mine
      ? html`<label class="inline"
          ><input part="mine-filter" type="checkbox" .checked=${!!filters.mine} @change=${(e: Event) => view.setFilters({ ...filters, mine: (e.target as HTMLInputElement).checked })} />${t('agendaMine', { count: starred })}</label
        >`
      : nothing}
    ${hasFilters(filters) ? html`<button part="reset" type="button" @click=${view.onReset}>${t('agendaReset')}</button>` : nothing}
    ${view.running
      ? html`<button part="now" type="button" aria-label=${t('agendaNowLabel')} @click=${view.onNow}>${t('agendaNow')}</button>`
      : nothing}
    ${starred > 0 ? html`<button part="download-mine" type="button" @click=${view.onDownloadMine}>${t('agendaDownloadMine', { count: starred })}</button>` : nothing}
    </div>
  </div>`;
}

/** The day switcher of a long programme shown a day at a time, with each day's number of matching sessions. */
export function renderDayNav(view: ControlsView, event: EventData, days: readonly AgendaDay[], active: string | undefined, counts: ReadonlyMap<string, number>, onDay: (date: string) => void): TemplateResult {
return html`<nav part="day-nav" aria-label=${view.t('agendaDays')}>
    ${days.map(
      (day) => html`<button
        part="day-button"
        type="button"
        aria-pressed=${day.date === active ? 'true' : 'false'}
        @click=${() => onDay(day.date)}
      >
        ${formatShortDay(day.start, event.timeZone, view.lang)} (${counts.get(day.date) ?? 0})
      </button>`,
    )}
  </nav>`;
}

function renderSelect(view: ControlsView, name: 'track' | 'room', label: MessageKey, values: readonly string[], current?: string): TemplateResult {
return html`<label
    >${view.t(label)}
    <select part=${`${name}-filter`} @change=${(e: Event) => view.setFilters({ ...view.filters, [name]: (e.target as HTMLSelectElement).value || undefined })}>
      <option value="" ?selected=${!current}>${view.t('agendaAll')}</option>
      ${values.map((v) => html`<option .value=${v} ?selected=${v === current}>${v}</option>`)}
    </select>
  </label>`;
}
