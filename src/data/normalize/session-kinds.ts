// The words programmes use for their kinds of session, read by the session reader only.
import type { SessionKind } from '../types.js';

/**
 * Spellings accepted in a session's `additionalType` (case-insensitive; a URL's
 * last segment counts), German programmes' words included.
 */
export const SESSION_KIND_ALIASES: Record<string, SessionKind> = {
  talk: 'talk', vortrag: 'talk', lecture: 'talk', presentation: 'talk', fachvortrag: 'talk',
  keynote: 'keynote', impulsvortrag: 'keynote', impuls: 'keynote', festvortrag: 'keynote',
  panel: 'panel', podiumsdiskussion: 'panel', podium: 'panel', diskussion: 'panel', discussion: 'panel',
  workshop: 'workshop', forum: 'workshop', fachforum: 'workshop',
  break: 'break', pause: 'break', kaffeepause: 'break', mittagspause: 'break', coffeebreak: 'break', lunch: 'break',
  reception: 'reception', empfang: 'reception', networking: 'reception', 'get-together': 'reception', gettogether: 'reception',
  welcome: 'welcome', begruessung: 'welcome', 'begrüßung': 'welcome', eroeffnung: 'welcome', 'eröffnung': 'welcome',
  opening: 'welcome', grusswort: 'welcome', 'grußwort': 'welcome',
  closing: 'closing', closingremarks: 'closing', schlusswort: 'closing', abschluss: 'closing', verabschiedung: 'closing',
};
