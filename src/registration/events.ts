// The events <ev-registration> fires when the server answers (src/internal/events.ts has those every widget shares).

export interface RegisterDetail {
  readonly status: 'confirmed' | 'waitlisted';
  /** The server's answer, as it sent it. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface RegisterErrorDetail {
  readonly kind: 'duplicate' | 'closed' | 'rate-limited' | 'invalid' | 'failed';
  /** HTTP status, when the server answered at all. */
  readonly status?: number;
}

/** Fired when the server accepted a registration (confirmed or on the waiting list). */
export class EvRegisterEvent extends CustomEvent<RegisterDetail> {
  constructor(detail: RegisterDetail) {
    super('ev-register', { bubbles: true, composed: true, detail });
  }
}

/** Fired when a registration was not accepted or could not be sent; the form keeps every value. */
export class EvRegisterErrorEvent extends CustomEvent<RegisterErrorDetail> {
  constructor(detail: RegisterErrorDetail) {
    super('ev-register-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-register': EvRegisterEvent;
    'ev-register-error': EvRegisterErrorEvent;
  }
}
