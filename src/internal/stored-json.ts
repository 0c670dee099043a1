/**
 * The one place that touches Web Storage. Only two callers use it, each on the
 * visitor's or the page's explicit request: the agenda's starred sessions
 * (agenda/selection.ts) and the form draft of `persist-draft`
 * (registration/draft.ts). Storage may be blocked or full: then nothing is kept
 * and nothing breaks.
 */
export class StoredJson {
  readonly #storage: Storage | undefined;

  constructor(
    kind: 'local' | 'session',
    private readonly key: string,
  ) {
    this.#storage = open(kind);
  }

  /** True when values survive a reload (storage is available). */
  get available(): boolean {
    return this.#storage !== undefined;
  }

  read(): unknown {
    try {
      const raw = this.#storage?.getItem(this.key);
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores `value`, or removes the key for `undefined`. */
  write(value: unknown): void {
    try {
      if (value === undefined) this.#storage?.removeItem(this.key);
      else this.#storage?.setItem(this.key, JSON.stringify(value));
    } catch {
      // Full or blocked meanwhile: the value stays in memory for this visit.
    }
  }
}

function open(kind: 'local' | 'session'): Storage | undefined {
  try {
    // Reading the property throws where the visitor blocked storage; elsewhere the first read does.
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage;
    storage?.getItem('event-widgets:probe');
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}
