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
  // A constructor can be registered under one name only; re-tagging needs a subclass.
  const alreadyNamed = registry.getName?.(ctor) ?? [...(knownTags.get(ctor) ?? [])][0];
  const toDefine = alreadyNamed ? class extends (ctor as unknown as typeof HTMLElement) {} : ctor;
  registry.define(tag, toDefine);
  if (!knownTags.has(ctor)) knownTags.set(ctor, new Set());
  knownTags.get(ctor)!.add(tag);
}

/** Where `registry.getName` is missing (Safari < 17.4, Firefox < 116): tags this module defined. */
const knownTags = new WeakMap<CustomElementConstructor, Set<string>>();
