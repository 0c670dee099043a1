/**
 * Registers every element. This is the entry of the single-file bundle
 * (`dist/event-widgets.js`) that partner sites load with one script tag.
 * The provider comes first so widgets inside it find it as they upgrade.
 */
import './define/ev-event.js';
import './define/ev-card.js';
import './define/ev-countdown.js';
import './define/ev-agenda.js';
import './define/ev-registration.js';
import './define/ev-series.js';
import './define/ev-now.js';

export * from './index.js';
