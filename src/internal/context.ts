import { createContext } from '@lit/context';
import type { EventLoadError } from '../data/load.js';
import type { ReadOptions } from '../data/pipeline.js';
import type { EventData } from '../data/types.js';

/** What `<ev-event>` hands to the widgets inside it, and what each widget works from. */
export interface EventState {
  /** `idle`: no source yet; `loading`: a request runs (`event` may still hold the last good data). */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly event?: EventData;
  readonly error?: EventLoadError;
  /** Milliseconds to add to the device clock (see `clockOffset`); 0 when it is trusted. */
  readonly clockOffset: number;
  /** Fetches the source again, for every element that shares it. */
  readonly reload: () => void;
  /**
   * The document `event` was read from, and how: a widget inside `<ev-event>` that shows what the
   * provider did not read (the programme) reads it again with its own reader, from the same cache.
   */
  readonly document?: { readonly json: unknown; readonly options: ReadOptions };
}

/**
 * The context key. A global symbol, so that widgets from a second copy of the
 * library on the same page still find the provider.
 */
export const eventContext = createContext<EventState>(Symbol.for('event-widgets:event-state@1'));
