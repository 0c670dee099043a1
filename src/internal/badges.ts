import { html, nothing, type TemplateResult } from 'lit';
import { formatLongDate } from '../data/format.js';
import { addMessages, msg, type Lang, type MessageKey } from '../data/i18n.js';
import { de } from '../data/messages/badges.js';
import { registrationWindow, type StatusBadge } from '../data/status.js';
import type { EventData } from '../data/types.js';
import { STATUS_TEXT } from './status-text.js';

addMessages({ de });

const BADGE_TEXT: Record<StatusBadge, MessageKey> = {
  ...STATUS_TEXT,
  running: 'statusRunning',
  past: 'statusPast',
  'not-yet-open': 'statusNotYetOpen',
  closed: 'statusClosed',
  'sold-out': 'statusSoldOut',
  waitlist: 'statusWaitlist',
  online: 'onlineEvent',
  mixed: 'mixedEvent',
};
/** Badges drawn as warnings (class `alert`). */
const ALERT_BADGES: StatusBadge[] = ['cancelled', 'postponed', 'sold-out', 'closed'];

/**
 * The list of an event's status badges (part `badges`, each `badge`, warnings with class `alert`);
 * a text of the widget's own (not a `StatusBadge`) is shown as it is. `nothing` when there are none.
 */
export function renderBadges(event: EventData, badges: readonly (StatusBadge | string)[], lang: Lang): TemplateResult | typeof nothing {
  if (!badges.length) return nothing;
  const opens = registrationWindow(event).opens;
  const date = opens === undefined ? '' : formatLongDate(opens, event.timeZone, lang);
  return html`<ul part="badges">
    ${badges.map((b) => html`<li part="badge" class=${ALERT_BADGES.includes(b as StatusBadge) ? 'alert' : ''}>${b in BADGE_TEXT ? msg(lang, BADGE_TEXT[b as StatusBadge], { date }) : b}</li>`)}
  </ul>`;
}
