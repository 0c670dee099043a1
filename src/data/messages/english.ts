/**
 * Every widget's English texts in one module, loaded once per page when an element's language is
 * English (`loadLanguage` in src/data/i18n.ts, which adds them): German pages, the default, never
 * fetch it. It imports nothing but the texts, so the single file's on-demand copy shares no state.
 */
import { en as agenda } from './en/agenda.js';
import { en as badges } from './en/badges.js';
import { en as calendar } from './en/calendar.js';
import { en as card } from './en/card.js';
import { en as countdown } from './en/countdown.js';
import { en as eventStatus } from './en/event-status.js';
import { en as registration } from './en/registration.js';
import { en as series } from './en/series.js';
import { en as status } from './en/status.js';

export const english = { ...agenda, ...badges, ...calendar, ...card, ...countdown, ...eventStatus, ...registration, ...series, ...status };
