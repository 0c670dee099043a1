/**
 * A draft of the form in `sessionStorage`, only where the page opted in with
 * `persist-draft` (storing on the visitor's device needs their site's say-so):
 * it survives a reload of the tab, and nothing else. Consent is never kept, so
 * it is always given afresh.
 */
import type { FieldValue } from './fields.js';

export class Draft {
  private readonly storage = openSessionStorage();

  constructor(private readonly eventId: string) {}

  private get key(): string {
    return `event-widgets:draft:${this.eventId}`;
  }

  read(): Record<string, FieldValue> {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string' || typeof v === 'boolean')) as Record<string, FieldValue>;
    } catch {
      return {};
    }
  }

  write(values: Readonly<Record<string, FieldValue>>, leaveOut: readonly string[]): void {
    const kept = Object.fromEntries(Object.entries(values).filter(([name, v]) => !leaveOut.includes(name) && v !== '' && v !== false));
    try {
      if (Object.keys(kept).length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the values stay in the form, just not across a reload.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}

function openSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
