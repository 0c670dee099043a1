/**
 * The visitor's starred sessions ("Merken"). Starring is the visitor's own
 * request, so the selection is kept in `localStorage` under one key per event,
 * and only once they star something; where storage is blocked it lives in
 * memory for the visit. Nothing else is ever stored.
 */
export class Selection {
  private ids = new Set<string>();
  private readonly storage = openStorage();

  constructor(private readonly eventId: string) {
    this.ids = new Set(this.read());
  }

  /** True when the selection survives a reload (storage is available). */
  get persistent(): boolean {
    return this.storage !== undefined;
  }

  get size(): number {
    return this.ids.size;
  }

  /** A copy of the starred ids. */
  get all(): ReadonlySet<string> {
    return new Set(this.ids);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Stars or unstars a session; returns whether it is starred now. */
  toggle(id: string): boolean {
    if (this.ids.has(id)) this.ids.delete(id);
    else this.ids.add(id);
    this.write();
    return this.ids.has(id);
  }

  private get key(): string {
    return `event-widgets:selection:${this.eventId}`;
  }

  private read(): string[] {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  private write() {
    try {
      if (this.ids.size === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify([...this.ids]));
    } catch {
      // Full or blocked meanwhile: the selection stays in memory for this visit.
    }
  }
}

function openStorage(): Storage | undefined {
  try {
    // Reading the property throws where the visitor blocked storage.
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
