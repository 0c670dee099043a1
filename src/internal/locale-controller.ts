import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../data/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/** One observer for the page: a change of any `lang` attribute re-renders the widgets. */
function observe(host: Host) {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unobserve(host: Host) {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * The element's UI language: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`; German when none says English.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    observe(this.host);
  }

  hostDisconnected() {
    unobserve(this.host);
  }

  get lang(): Lang {
    return toLang(langOf(this.host));
  }
}

function langOf(element: Element): string | null {
  // A server-rendered element knows no ancestors: only its own `lang` counts there.
  if (isServer) return element.getAttribute('lang');
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang');
}
