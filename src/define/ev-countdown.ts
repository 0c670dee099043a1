import { EvCountdown } from '../countdown/ev-countdown.js';

EvCountdown.define();
