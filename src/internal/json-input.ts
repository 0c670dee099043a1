import { isServer } from 'lit';
import { EventLoadError } from '../data/load.js';
import { sharedSource, type SharedSource, type SourceSnapshot } from '../data/shared-source.js';
import { warnOnce } from '../data/warn.js';

/** The element properties a `JsonInput` reads. */
export interface JsonInputProps {
  src?: string;
  data?: unknown;
  timeout?: number;
  fetcher?: typeof fetch;
}

/** What an element's own input holds now: the JSON, or why there is none, or that it is still on its way. */
export interface JsonInputValue {
  readonly json?: unknown;
  readonly error?: EventLoadError;
  readonly loading?: boolean;
  readonly serverTime?: number;
  readonly receivedAt?: number;
}

const INLINE_SELECTOR = ':scope > script[type="application/ld+json"]';

/** When an element with `src` starts keeping its data fresh (the `refresh` attribute): a minute after it subscribed. */
export const FRESHNESS_AFTER_MS = 60_000;

/**
 * Which input wins for an element: (first match) its `data` property, a child
 * `<script type="application/ld+json">`, or its `src`, whose `SharedSource` fetches once per URL
 * for the whole page. It decides only that; reading the document is the data path's
 * (src/data/pipeline.ts). `onChange` runs when a response arrives.
 */
export class JsonInput {
  source?: SharedSource;
  #snapshot?: SourceSnapshot;
  #inline?: JsonInputValue;
  #unsubscribe?: () => void;

  constructor(
    private readonly host: HTMLElement & JsonInputProps,
    private readonly onChange: () => void,
  ) {}

  connect() {
    this.#readInline();
  }

  disconnect() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.source = undefined;
    this.#snapshot = undefined;
  }

  #dataValue?: JsonInputValue;

  /** The input that wins now (the same object until it changes); undefined when the element has none of its own. */
  get value(): JsonInputValue | undefined {
    const data = this.host.data;
    if (data !== undefined && this.#dataValue?.json !== data) this.#dataValue = { json: data };
    return data === undefined ? this.#inline ?? this.#snapshot : this.#dataValue;
  }

  /** Whether the element has data of its own (rather than a surrounding provider's). */
  get own(): boolean {
    return this.host.data !== undefined || this.#inline !== undefined || !!this.host.src;
  }

  /** Names the input in console messages: `<ev-card> https://…`. */
  get label(): string {
    const tag = `<${this.host.localName}>`;
    if (this.host.data !== undefined) return `${tag} data property`;
    if (this.#inline) return `${tag} inline JSON-LD`;
    return this.source ? `${tag} ${this.source.url}` : tag;
  }

  /** Fetches `src` again (once for every element sharing it) or re-reads inline JSON-LD. */
  reload() {
    if (this.source) void this.source.reload();
    else if (!this.host.src) this.#readInline();
  }

  #readInline() {
    const script = this.host.querySelector(INLINE_SELECTOR);
    if (!script) {
      this.#inline = undefined;
      return;
    }
    try {
      this.#inline = { json: JSON.parse(script.textContent ?? '') };
    } catch (cause) {
      const error = new EventLoadError('inline-not-json', `inline <script type="application/ld+json"> is not valid JSON (${(cause as Error).message})`);
      warnOnce(`<${this.host.localName}>: ${error.message}`);
      this.#inline = { error };
    }
  }

  #absoluteSrc(): string | undefined {
    const src = this.host.src?.trim();
    if (!src) return undefined;
    try {
      return new URL(src, pageUrl()).href;
    } catch {
      return undefined;
    }
  }

  /** Follows `src` changes; a response for an old `src` is never applied. Call before reading `value`. */
  sync() {
    // A server renders once and at once: `src` is fetched by the browser (see docs/ssr.md).
    const url = this.host.data === undefined && !this.#inline && !isServer ? this.#absoluteSrc() : undefined;
    if (url === this.source?.url) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#snapshot = undefined;
    this.source = url ? sharedSource(url, { timeout: this.host.timeout, fetch: this.host.fetcher }) : undefined;
    if (this.source) {
      const source = this.source;
      this.#unsubscribe = source.subscribe((snapshot) => {
        if (this.source !== source) return;
        this.#snapshot = snapshot;
        this.onChange();
      });
      // Checks again as the `refresh` attribute asks (src/data/revalidate.ts), from a minute on: a
      // visitor who reads and leaves loads none of it.
      setTimeout(() => void import('../data/revalidate.js').then((module) => module.keepFresh(source, this.host)), FRESHNESS_AFTER_MS);
    }
  }
}

/** The page's address, against which relative links resolve; none on a server. */
export const pageUrl = (): string | undefined => (isServer ? undefined : document.baseURI);
