import { addMessages, msg, type Lang, type MessageKey } from '../data/i18n.js';
import { de } from '../data/messages/event-status.js';
import type { EventStatus } from '../data/types.js';

addMessages({ de });

/** The statuses a widget names: every one but `scheduled`. */
export type ShownStatus = Exclude<EventStatus, 'scheduled'>;

export const STATUS_TEXT: Record<ShownStatus, MessageKey> = {
  cancelled: 'statusCancelled',
  postponed: 'statusPostponed',
  rescheduled: 'statusRescheduled',
  'moved-online': 'statusMovedOnline',
};

/** A status in words ("Abgesagt"): a card's badge and an agenda's session say it alike. */
export const statusText = (lang: Lang, status: ShownStatus): string => msg(lang, STATUS_TEXT[status]);
