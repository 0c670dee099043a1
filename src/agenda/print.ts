// Printing: <ev-agenda> shows every day on paper, however long the programme.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls `onPrint(true)` before the page prints and `onPrint(false)` after. */
export class PrintController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onPrint: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  #before = () => this.onPrint(true);
  #after = () => this.onPrint(false);
}
