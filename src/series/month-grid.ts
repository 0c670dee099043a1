import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate, formatPeriod } from '../data/format.js';
import { msg, type Lang } from '../data/i18n.js';
import { monthGrid } from '../data/series.js';
import type { EventData } from '../data/types.js';

/** What the month grid shows and where the keyboard is. */
export interface MonthGridView {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The day that takes the focus (`YYYY-MM-DD`): the grid's one Tab stop. */
  readonly focusDate: string;
  readonly byDay: ReadonlyMap<string, readonly EventData[]>;
  readonly weekNumbers: boolean;
  readonly lang: Lang;
  readonly onKey: (event: KeyboardEvent) => void;
  readonly onPick: (date: string) => void;
}

/** Monday to Sunday of a week long past, for the column heads. */
const WEEK = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'];

/**
 * A month as a `role="grid"` table, Monday first, as the APG date-grid pattern has it: one Tab
 * stop, arrows and Page Up/Down move (the host's `onKey`), Enter, Space or a click picks a day.
 * Each day cell is named by its full date and its events; the events are marked visibly.
 */
export function renderMonthGrid(view: MonthGridView): TemplateResult {
  const [year, month] = view.month.split('-').map(Number);
  const { lang } = view;
  return html`<table part="grid" role="grid" aria-labelledby="month-heading">
    <thead>
      <tr>
        ${view.weekNumbers ? html`<th scope="col" part="week"><abbr title=${msg(lang, 'seriesWeekLong')}>${msg(lang, 'seriesWeek')}</abbr></th>` : nothing}
        ${WEEK.map((day) => html`<th scope="col"><abbr title=${formatPeriod(day, lang, 'long')}>${formatPeriod(day, lang, 'short')}</abbr></th>`)}
      </tr>
    </thead>
    <tbody @keydown=${view.onKey}>
      ${monthGrid(year, month).map(
        (week) => html`<tr>
          ${view.weekNumbers ? html`<th scope="row" part="week">${week.week}</th>` : nothing}
          ${week.days.map(({ date, inMonth }) => {
            const events = view.byDay.get(date) ?? [];
            // Named by its content: the full date and the events' names for screen readers, the day number and marks for the eye.
            const label = formatLongDate(Date.parse(date), 'UTC', lang) + events.map((e, i) => `${i ? ', ' : ': '}${e.name}`).join('');
            return html`<td
              role="gridcell"
              part=${events.length ? 'day day-with-events' : 'day'}
              class=${inMonth ? '' : 'outside'}
              data-date=${date}
              tabindex=${date === view.focusDate ? '0' : '-1'}
              aria-selected=${date === view.focusDate ? 'true' : 'false'}
              @click=${() => view.onPick(date)}
            >
              <span class="visually-hidden">${label}</span>
              <span aria-hidden="true">${Number(date.slice(8))}</span>
              ${events.length ? html`<span class="marks" aria-hidden="true">${events.map((e) => html`<span class=${e.status === 'cancelled' ? 'mark cancelled' : 'mark'}>${e.name}</span>`)}</span>` : nothing}
            </td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
