// The formatting our widgets need, written with date-fns and its German and English locales
// instead of the browser's Intl: `npm run bench` compares the two bundles' sizes.
import { TZDate } from '@date-fns/tz/date';
import { format } from 'date-fns/format';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';

const locale = (lang) => (lang === 'en' ? enUS : de);
const inZone = (ms, zone) => new TZDate(ms, zone);

export const formatLongDate = (ms, zone, lang) => format(inZone(ms, zone), lang === 'en' ? 'EEEE, d MMMM yyyy' : 'EEEE, d. MMMM yyyy', { locale: locale(lang) });
export const formatShortDay = (ms, zone, lang) => format(inZone(ms, zone), lang === 'en' ? 'EEE d/M' : 'EEE, d.M.', { locale: locale(lang) });
export const formatTime = (ms, zone, lang) => format(inZone(ms, zone), 'HH:mm', { locale: locale(lang) });
export const formatTimeRange = (start, end, zone, lang) => `${formatTime(start, zone, lang)}–${formatTime(end, zone, lang)}${lang === 'en' ? '' : ' Uhr'}`;
export const zoneAbbreviation = (ms, zone, lang) => format(inZone(ms, zone), 'zzz', { locale: locale(lang) });
