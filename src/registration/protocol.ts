/**
 * What a registration back end needs from the widgets, without any DOM:
 * the same field rules the form applies, and the event model (capacity,
 * registration window), and what its mails say of an event (date line, place,
 * `.ics`) as the widgets say it, in German and English. The reference server in server/ uses this
 * entry; partners with their own Node back end can too (`event-widgets/protocol`).
 */
import { addMessages } from '../data/i18n.js';
import { english } from '../data/messages/english.js';

// A back end answers in the registration's language at once: English comes with this entry.
addMessages({ en: english });

export { DEFAULT_FIELDS, FIELD_TYPES, checkFields, localText } from './fields.js';
export type { FieldDefinition, FieldOption, FieldType, FieldValue, FieldValues, LocalText } from './fields.js';
export { validateRegistration, validateField, isVisible, registrationEmail, MIN_FILL_MS, HONEYPOT_FIELD } from './rules.js';
export type { RegistrationCheck } from './rules.js';
export type { RegistrationRequest, RegistrationAnswer } from './submit.js';
export { normalizeEvent, normalizeEvents } from '../data/normalize.js';
export { loadExtras } from '../data/extras-loader.js';
export { buildCalendar, eventEntry, foldLine, icsFileName } from '../data/ics.js';
export { formatEventDate } from '../data/format.js';
export { placeLines } from '../data/place.js';
export { registrationState, isSoldOut, hasWaitlist, registrationWindow } from '../data/status.js';
export { parseDateValue, instantToWallTime, wallTimeToInstant } from '../data/time.js';
export { toLang } from '../data/i18n.js';

