import { EvEvent } from '../event/ev-event.js';

EvEvent.define();
