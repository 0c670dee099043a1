// An app that imports one element only: its class and attributes must still be typed.
import 'event-widgets/ev-card';

const card = document.createElement('ev-card');
card.src = '/event.json';
card.variant = 'compact';
// @ts-expect-error: not a variant
card.variant = 'huge';
const tag: string = card.tagName;
document.body.append(card);
console.log(tag);
