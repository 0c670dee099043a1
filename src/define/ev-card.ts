import { EvCard } from '../card/ev-card.js';

EvCard.define();
