import { isServer } from 'lit';
import { clockOffset } from '../data/clock-skew.js';
import { EventLoadError } from '../data/load.js';
import { readEvents } from '../data/pipeline.js';
import type { EventData } from '../data/types.js';
import { warnOnce } from '../data/warn.js';
import { errorsIn, type DataPath, type DataView } from './data-controller.js';
import { EvSeriesLoadEvent } from '../series/events.js';

/** What `<ev-series>` renders from. */
export interface SeriesState {
  readonly status: 'loading' | 'ready' | 'error';
  /** Every event that can be shown, sorted by start; the last good ones while a reload runs or after it failed. */
  readonly events: readonly EventData[];
  /** The series' name, when the data is an `EventSeries`. */
  readonly name?: string;
  readonly error?: EventLoadError;
  /** Milliseconds to add to the device clock (see `clockOffset`). */
  readonly clockOffset: number;
  readonly reload: () => void;
}

/**
 * The view of `<ev-series>`: every event of its document (an `EventSeries`, `ItemList`, `@graph`
 * or array), from its own input only.
 *
 * @example readonly #series = new DataController(this, seriesView);
 */
export const seriesView = (path: DataPath): DataView<SeriesState> => new SeriesView(path);

class SeriesView implements DataView<SeriesState> {
  state: SeriesState;

  constructor(private readonly path: DataPath) {
    this.state = { status: 'loading', events: [], clockOffset: 0, reload: () => path.reload() };
  }

  compute() {
    const previous = this.state;
    const next = this.#next();
    this.state = next;
    if (next.status === previous.status && next.events === previous.events && next.error === previous.error) return;
    const { status, events, error } = next;
    this.path.queue(undefined, status, status === 'ready' ? new EvSeriesLoadEvent({ events }) : undefined, error);
  }

  #next(): SeriesState {
    const { input, host } = this.path;
    const reload = this.state.reload;
    const value = input.value;
    if (!value) {
      // A server renders the frame; the browser fetches `src` (docs/ssr.md).
      if (isServer || input.source) return { status: 'loading', events: [], clockOffset: 0, reload };
      const error = new EventLoadError('no-source', 'no src, data or inline JSON-LD');
      warnOnce(`<${host.localName}>: ${error.message}`);
      return { status: 'error', events: [], error, clockOffset: 0, reload };
    }
    const read = this.path.read(value, readEvents);
    const events = read?.events ?? [];
    const error = value.error ?? (read && events.length === 0 ? new EventLoadError('invalid', errorsIn(read.issues), input.source?.url) : undefined);
    const status = events.length > 0 ? 'ready' : error ? 'error' : 'loading';
    const offset = clockOffset({ serverTime: value.serverTime, receivedAt: value.receivedAt });
    return { status, events, name: read?.name, error, clockOffset: offset, reload };
  }
}
