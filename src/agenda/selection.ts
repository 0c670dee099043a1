import { StoredJson } from '../internal/stored-json.js';

/**
 * The visitor's starred sessions ("Merken"). Starring is the visitor's own
 * request, so the selection is kept in `localStorage` under one key per event,
 * and only once they star something; where storage is blocked it lives in
 * memory for the visit. Nothing else is ever stored.
 */
export class Selection {
  readonly #ids: Set<string>;
  readonly #stored: StoredJson;

  constructor(eventId: string) {
    this.#stored = new StoredJson('local', `event-widgets:selection:${eventId}`);
    const saved = this.#stored.read();
    this.#ids = new Set(Array.isArray(saved) ? saved.filter((v): v is string => typeof v === 'string') : []);
  }

  /** True when the selection survives a reload (storage is available). */
  get persistent(): boolean {
    return this.#stored.available;
  }

  get size(): number {
    return this.#ids.size;
  }

  /** A copy of the starred ids. */
  get all(): ReadonlySet<string> {
    return new Set(this.#ids);
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Stars or unstars a session; returns whether it is starred now. */
  toggle(id: string): boolean {
    if (this.#ids.has(id)) this.#ids.delete(id);
    else this.#ids.add(id);
    this.#stored.write(this.#ids.size ? [...this.#ids] : undefined);
    return this.#ids.has(id);
  }
}
