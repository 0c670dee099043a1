/**
 * A draft of the form in `sessionStorage`, only where the page opted in with
 * `persist-draft` (storing on the visitor's device needs their site's say-so):
 * it survives a reload of the tab, and nothing else. Consent is never kept, so
 * it is always given afresh.
 */
import { StoredJson } from '../internal/stored-json.js';
import type { FieldValue } from './fields.js';

export class Draft {
  readonly #stored: StoredJson;

  constructor(eventId: string) {
    this.#stored = new StoredJson('session', `event-widgets:draft:${eventId}`);
  }

  read(): Record<string, FieldValue> {
    const saved = this.#stored.read();
    if (typeof saved !== 'object' || saved === null) return {};
    return Object.fromEntries(Object.entries(saved).filter(([, v]) => typeof v === 'string' || typeof v === 'boolean')) as Record<string, FieldValue>;
  }

  write(values: Readonly<Record<string, FieldValue>>, leaveOut: readonly string[]): void {
    const kept = Object.fromEntries(Object.entries(values).filter(([name, v]) => !leaveOut.includes(name) && v !== '' && v !== false));
    this.#stored.write(Object.keys(kept).length ? kept : undefined);
  }

  clear(): void {
    this.#stored.write(undefined);
  }
}
