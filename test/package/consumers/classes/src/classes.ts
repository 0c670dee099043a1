// The index exports the classes and the data functions, typed, without registering anything.
import { EvCountdown, normalizeEvent } from 'event-widgets';
import { validateRegistration, DEFAULT_FIELDS } from 'event-widgets/protocol';
import type {} from 'event-widgets/bundle';

const { event } = normalizeEvent({ '@type': 'Event', name: 'X', startDate: '2027-03-01T10:00' });
const name: string | undefined = event?.name;
const countdown: EvCountdown = document.createElement('ev-countdown');
const errors: Record<string, string> = validateRegistration({}, DEFAULT_FIELDS, 'de').errors;
console.log(name, countdown, errors);
