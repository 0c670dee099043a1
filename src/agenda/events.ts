// The event <ev-agenda> fires when the visitor's selection changes (src/internal/events.ts has those every widget shares).

export interface SelectionChangeDetail {
  /** Ids of the starred sessions, after the change. */
  readonly ids: readonly string[];
}

/** Fired when the visitor stars or unstars a session in `<ev-agenda>`. */
export class EvSelectionChangeEvent extends CustomEvent<SelectionChangeDetail> {
  constructor(detail: SelectionChangeDetail) {
    super('ev-selection-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-selection-change': EvSelectionChangeEvent;
  }
}
