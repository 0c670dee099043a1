// The one script tag partners paste (`dist/event-widgets.js`): it defines each element when its tag
// first appears in the document, importing that element's module and only the shared code the page
// does not have yet (the autoloader pattern of Shoelace and Web Awesome). Tags on the page at load
// are fetched in parallel; tags added later (a CMS's late block, a router) are seen by a
// MutationObserver. Chunks are imported relative to this file, so `dist/` works wherever it is
// hosted, and nothing here needs a CSP change (no eval, no inline script, no blob:).
//
// A shadow root is not visible to the observer: a page that puts the tags inside its own shadow
// DOM calls `discover(shadowRoot)` once it rendered them.

/** Each element's module; importing it registers the tag. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'ev-event': () => import('./define/ev-event.js'),
  'ev-card': () => import('./define/ev-card.js'),
  'ev-countdown': () => import('./define/ev-countdown.js'),
  'ev-agenda': () => import('./define/ev-agenda.js'),
  'ev-registration': () => import('./define/ev-registration.js'),
  'ev-series': () => import('./define/ev-series.js'),
  'ev-now': () => import('./define/ev-now.js'),
};

/** The tags the autoloader knows. */
export const AUTOLOADED_TAGS = Object.keys(ELEMENTS);

const loading = new Map<string, Promise<void>>();

/**
 * Imports the module of `tag` (once; after a failure, again at the next sighting, which helps in
 * WebKit only: Chromium and Firefox keep a failed module import for the page's life). Until then
 * the tag shows what it holds, such as the builder's fallback link.
 */
function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    done = ELEMENTS[tag]!().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        // Not warnOnce: the loader imports nothing, so a page fetches it alone before any chunk.
        console.warn(`[event-widgets] <${tag}> could not be loaded: ${error}`);
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/**
 * Defines every element whose tag is in `root` (or is `root`) and not yet defined. Resolves once
 * their modules are loaded. The document is discovered by itself; call this for a shadow root.
 *
 * @example await discover(host.shadowRoot!)
 */
export function discover(root: Element | Document | DocumentFragment = document): Promise<void[]> {
  const tags = AUTOLOADED_TAGS.filter((tag) => !customElements.get(tag) && ((root as Element).localName === tag || root.querySelector(tag)));
  return Promise.all(tags.map(load));
}

if (typeof document !== 'undefined') {
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    // Once every element is defined there is nothing left to watch for.
    if (AUTOLOADED_TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  void discover();
}
