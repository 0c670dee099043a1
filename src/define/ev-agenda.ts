import { EvAgenda } from '../agenda/ev-agenda.js';

EvAgenda.define();
