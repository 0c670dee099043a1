/**
 * React wrappers (`event-widgets/react`): typed props and `on…` event props for
 * every element, made with `@lit/react`. Importing this module registers the elements.
 *
 * @example
 * import { EvCard } from 'event-widgets/react';
 * <EvCard src="/event.json" onCalendarDownload={(e) => track(e.detail.fileName)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { EvAgenda } from '../agenda/ev-agenda.js';
import { EvCard } from '../card/ev-card.js';
import { EvNow } from '../now/ev-now.js';
import { EvCountdown } from '../countdown/ev-countdown.js';
import '../define.js';
import { EvEvent } from '../event/ev-event.js';
import type { EvSelectionChangeEvent } from '../agenda/events.js';
import type { EvCountdownEndEvent, EvCountdownStartEvent } from '../countdown/events.js';
import type { EvCalendarDownloadEvent, EvErrorEvent, EvLoadEvent, EvLoadStartEvent } from '../internal/events.js';
import type { EvRegisterErrorEvent, EvRegisterEvent } from '../registration/events.js';
import type { EvSeriesLoadEvent, EvSeriesSelectEvent } from '../series/events.js';
import { EvRegistration } from '../registration/ev-registration.js';
import { EvSeries } from '../series/ev-series.js';

const loading = {
  onLoadStart: 'loadstart' as EventName<EvLoadStartEvent>,
  onLoad: 'load' as EventName<EvLoadEvent>,
  onError: 'error' as EventName<EvErrorEvent>,
};

/** Every widget with an "add to calendar" button. */
const calendarDownload = { onCalendarDownload: 'ev-calendar-download' as EventName<EvCalendarDownloadEvent> };

export const EvEventComponent = createComponent({ tagName: 'ev-event', elementClass: EvEvent, react: React, events: loading });

export const EvCardComponent = createComponent({
  tagName: 'ev-card',
  elementClass: EvCard,
  react: React,
  events: { ...loading, ...calendarDownload },
});

export const EvCountdownComponent = createComponent({
  tagName: 'ev-countdown',
  elementClass: EvCountdown,
  react: React,
  events: {
    ...loading,
    onCountdownStart: 'ev-countdown-start' as EventName<EvCountdownStartEvent>,
    onCountdownEnd: 'ev-countdown-end' as EventName<EvCountdownEndEvent>,
  },
});

export const EvAgendaComponent = createComponent({
  tagName: 'ev-agenda',
  elementClass: EvAgenda,
  react: React,
  events: {
    ...loading,
    ...calendarDownload,
    onSelectionChange: 'ev-selection-change' as EventName<EvSelectionChangeEvent>,
  },
});

export const EvRegistrationComponent = createComponent({
  tagName: 'ev-registration',
  elementClass: EvRegistration,
  react: React,
  events: {
    ...loading,
    ...calendarDownload,
    onRegister: 'ev-register' as EventName<EvRegisterEvent>,
    onRegisterError: 'ev-register-error' as EventName<EvRegisterErrorEvent>,
  },
});

export const EvSeriesComponent = createComponent({
  tagName: 'ev-series',
  elementClass: EvSeries,
  react: React,
  events: {
    onLoadStart: loading.onLoadStart,
    onLoad: 'load' as EventName<EvSeriesLoadEvent>,
    onError: loading.onError,
    ...calendarDownload,
    onSeriesSelect: 'ev-series-select' as EventName<EvSeriesSelectEvent>,
  },
});

export const EvNowComponent = createComponent({
  tagName: 'ev-now',
  elementClass: EvNow,
  react: React,
  events: loading,
});

export {
  EvEventComponent as EvEvent,
  EvCardComponent as EvCard,
  EvCountdownComponent as EvCountdown,
  EvAgendaComponent as EvAgenda,
  EvRegistrationComponent as EvRegistration,
  EvSeriesComponent as EvSeries,
  EvNowComponent as EvNow,
};
