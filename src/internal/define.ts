/**
 * Registers `ctor` as `tag` unless the tag is taken. When another copy of the
 * library (or another library) already defined it, this logs a warning instead
 * of throwing, so a page that loads the bundle twice keeps working.
 *
 * @example defineElement('ev-card', EvCard)
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`[event-widgets] <${tag}> is already defined by another script; this copy is not registered. Load the library once, or re-tag with ${ctor.name}.define('my-tag').`);
    return;
  }
  registry.define(tag, ctor);
}
