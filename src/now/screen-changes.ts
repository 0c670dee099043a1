/**
 * The foyer screen's marks of what a new version of the programme changed ("Verschoben"), loaded
 * with the first new version: most screens never see one. Only changes while the screen runs are
 * marked: a kiosk has no "last visit", so nothing is stored.
 */
import { CHANGE_MESSAGES, CHANGE_TEXT } from '../data/messages/changes.js';
import type { MessageKey } from '../data/i18n.js';
import { ChangeTracker } from '../data/session-changes.js';
import type { Session } from '../data/types.js';

/** The marks' texts in both languages, which the screen adds to its catalogue (`addMessages`). */
export const texts = CHANGE_MESSAGES;

export class ScreenChanges {
  readonly #tracker = new ChangeTracker({ read: () => undefined, write: () => undefined });

  /** Reads a version of the programme, in the order they came: the first is what the screen showed first. */
  see(sessions: readonly Session[]): void {
    this.#tracker.see(sessions);
  }

  /** The text key of a session's mark ("changeMoved"), or undefined when it did not change. */
  mark(id: string): MessageKey | undefined {
    const kind = this.#tracker.marks.get(id);
    return kind && CHANGE_TEXT[kind];
  }
}
