/**
 * Adds or removes a custom state (`:state(name)` in CSS). Browsers without
 * `CustomStateSet` (before Chromium 125, Firefox 126, Safari 17.4) skip it:
 * the state only refines styling.
 */
export function setCustomState(internals: ElementInternals, name: string, on: boolean): void {
  const states = internals.states as Set<string> | undefined;
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Chromium 90–124 accepted only the old `--name` spelling.
  }
}
