// A failed assertion whose actual or expected value is a DOM node (`expect(el.querySelector(…)).to.equal(null)`)
// must fail, not hang: the test runner sends results with structuredClone, which cannot clone a node, and the
// whole file then stops until the run's timeout with no word of which test failed
// (modernweb-dev/web#2967, open-wc/open-wc#2880). Loaded first by the test page (web-test-runner.config.mjs):
// when a message cannot be cloned, nodes in it are sent as their markup, and functions are left out.
(() => {
  const clone = window.structuredClone.bind(window);
  const plain = (value, seen) => {
    if (typeof Node !== 'undefined' && value instanceof Node) return value instanceof Element ? value.outerHTML.slice(0, 300) : value.nodeName;
    if (typeof value === 'function') return undefined;
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = plain(value[key], seen);
    if (value instanceof Error) Object.assign(copy, { name: value.name, message: value.message, stack: value.stack });
    return copy;
  };
  window.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (error) {
      if (error?.name !== 'DataCloneError') throw error;
      return clone(plain(value, new WeakMap()), options);
    }
  };
})();
