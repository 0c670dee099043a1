import type { de } from '../series.js';
import type { Texts } from '../texts.js';

/** The English texts of series.ts, in the file an English page loads (english.ts). */
export const en: Texts<typeof de> = {
  seriesTitle: 'Dates',
  seriesFormat: 'Format',
  seriesRegion: 'Region',
  seriesAll: 'All ({count})',
  seriesArchive: 'Past dates',
  seriesList: 'List',
  seriesMonth: 'Month',
  seriesCount: '{count} dates',
  seriesCountOne: '1 date',
  seriesNone: 'No upcoming dates have been announced yet.',
  seriesNonePast: 'There are no past dates.',
  seriesNoMatch: 'No dates match this selection.',
  seriesOnline: 'online',
  seriesOpenUntil: 'Registration until {date}',
  seriesSubscribe: 'Subscribe to the dates',
  seriesFeedLink: 'Calendar address to copy',
  seriesPreviousMonth: 'Previous month',
  seriesNextMonth: 'Next month',
  seriesWeek: 'Wk',
  seriesWeekLong: 'Calendar week',
  seriesMonthEvents: 'Dates in {month}',
  seriesShow: 'Show',
  seriesShowFor: 'Show: {name}',
};
