/**
 * The package's classes, data functions and types (src/index.ts), except the `.ics` writer, which
 * the self-contained file (src/bundle.ts) loads only with the first calendar download.
 */
export { EvEvent } from './event/ev-event.js';
export { EvCard, CARD_VARIANTS, type CardVariant } from './card/ev-card.js';
export { EvCountdown, COUNTDOWN_TARGETS, COUNTDOWN_PRECISIONS, COUNTDOWN_FORMATS } from './countdown/ev-countdown.js';
export { EvAgenda, AGENDA_VIEWS, type AgendaView } from './agenda/ev-agenda.js';
export { EvRegistration } from './registration/ev-registration.js';
export { EvSeries, SERIES_VIEWS, type SeriesView } from './series/ev-series.js';
export type { SeriesState } from './internal/series-view.js';
export { DEFAULT_FIELDS, FIELD_TYPES, checkFields, localText } from './registration/fields.js';
export type { FieldDefinition, FieldOption, FieldType, FieldValue, FieldValues, LocalText } from './registration/fields.js';
export { validateRegistration, validateField, isVisible, registrationEmail, MIN_FILL_MS, HONEYPOT_FIELD } from './registration/rules.js';
export type { RegistrationRequest, RegistrationAnswer } from './registration/submit.js';
export { submitRegistration, mapAnswer, type SubmitOptions } from './registration/submit.js';
export type { CountdownTarget, CountdownPrecision, CountdownFormat, CountdownPhase } from './countdown/ev-countdown.js';
export { EventElement } from './internal/event-element.js';
export { WidgetElement, THEMES, type Theme } from './internal/widget-element.js';
export { afterLanguage } from './internal/language-wait.js';
export { loadLanguage } from './data/i18n.js';
export { eventContext, type EventState } from './internal/context.js';
export { errorMessage } from './internal/status-view.js';
export { EvLoadStartEvent, EvLoadEvent, EvErrorEvent, EvCalendarDownloadEvent, type LoadStartDetail, type LoadDetail, type LoadErrorDetail, type CalendarDownloadDetail } from './internal/events.js';
export { EvCountdownStartEvent, EvCountdownEndEvent, type CountdownDetail } from './countdown/events.js';
export { EvSelectionChangeEvent, type SelectionChangeDetail } from './agenda/events.js';
export { EvRegisterEvent, EvRegisterErrorEvent, type RegisterDetail, type RegisterErrorDetail } from './registration/events.js';
export { EvSeriesLoadEvent, EvSeriesSelectEvent, type SeriesLoadDetail, type SeriesSelectDetail } from './series/events.js';
export { clockSubscriberCount } from './internal/clock.js';
// Recurring events and prices in words: `await loadExtras()` before normalizeEvent reads them (the widgets do it themselves).
export { extras, loadExtras } from './data/extras-loader.js';
export { normalizeEvent, normalizeEvents, SESSION_KIND_ALIASES, type NormalizeOptions, type NormalizeResult, type NormalizeAllResult, type SessionReader } from './data/normalize.js';
// For an element of your own that shows the programme: `static readSession = readSession;` (as <ev-agenda> has it).
export { readSession } from './data/normalize/sessions.js';
// And one that shows prices or the registration window: `static readOffers = readOffers;` (as <ev-card> has it).
export { readOffers } from './data/normalize/offers.js';
export * from './data/series.js';
export { applyOverrides, type EventOverrides } from './data/overrides.js';
export { fetchJson, EventLoadError, LOAD_ERROR_CODES, type LoadErrorCode, type FetchJsonOptions } from './data/load.js';
export { sharedSource, clearSharedSources, SharedSource } from './data/shared-source.js';
export { setMessages, toLang, LANGS, type Lang, type Messages, type MessageKey } from './data/i18n.js';
export { safeUrl, SAFE_PROTOCOLS } from './data/url.js';
export * from './data/time.js';
export * from './data/format.js';
export * from './data/types.js';
export * from './data/status.js';
export * from './data/countdown.js';
export * from './data/agenda.js';
export { placeLines, openStreetMapUrl } from './data/place.js';
export { clockOffset } from './data/clock-skew.js';
