/**
 * The agenda's marks of what changed since the visitor last looked: a badge on each changed
 * session, a summary at the head of the programme with "show changes only", and one polite
 * announcement when a refresh brings changes while the page is open.
 *
 * <ev-agenda> imports this module on demand, once it has a programme and `changes` is not `off`.
 * It takes Lit's `html` from the agenda, so the single file's on-demand copy
 * (dist/event-widgets-changes.js) needs no Lit of its own.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { formatTime } from '../data/format.js';
import type { Lang, MessageKey } from '../data/i18n.js';
import { CHANGE_MESSAGES, CHANGE_TEXT } from '../data/messages/changes.js';
import { ChangeTracker, CHANGE_KINDS, type ChangeKind } from '../data/session-changes.js';
import type { Session } from '../data/types.js';
import { StoredJson } from '../internal/stored-json.js';

/**
 * Its texts in both languages, which the agenda adds to its own catalogue (`addMessages`): only pages
 * that show a programme load this module, and the single file's on-demand copy has no catalogue of its own.
 */
export const texts = CHANGE_MESSAGES;

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What the summary needs from its agenda. */
export interface ChangesView {
  readonly t: Translate;
  readonly lang: Lang;
  readonly timeZone: string;
  readonly sessions: readonly Session[];
  readonly starred: (id: string) => boolean;
  /** Scrolls to a session and focuses its title. */
  readonly jump: (id: string) => void;
}

/** At most this many changed sessions are named in the summary; "show changes only" lists them all. */
const NAMED = 5;

// A tag of its own name, so the build minifies this CSS as it does Lit's (scripts/build/minify-templates.mjs).
const css = (text: TemplateStringsArray) => text.join('');

const STYLES = css`
  [part~='change'] {
    display: inline-block;
    margin: 0 0.5rem 0.125rem 0;
    padding: 0 0.375rem;
    border-radius: var(--_radius);
    font-size: 0.8125em;
    font-weight: 700;
    background: var(--ev-agenda-change-background, var(--_accent));
    color: var(--ev-agenda-change-color, var(--_on-accent));
  }
  [part~='changes'] {
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    border-inline-start: 4px solid var(--ev-agenda-change-background, var(--_accent));
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  [part~='changes'] p {
    margin: 0 0 var(--_gap);
  }
  [part~='changes'] ul {
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.25rem;
  }
  [part~='change-link'] {
    padding: 0;
    min-height: 1.5rem;
    border: 0;
    background: none;
    color: var(--ev-agenda-accent, var(--_accent));
    text-decoration: underline;
    text-align: start;
    font: inherit;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [part~='change'] {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    [part~='changes'] {
      display: none;
    }
  }
`;

/** One sheet for every agenda of the page (a constructed sheet, as Lit's: no CSP change). */
let sheet: CSSStyleSheet | undefined;

/** The agenda's change marks for one event: made by <ev-agenda> (`new AgendaChanges(...)`) and asked at each render. */
export class AgendaChanges {
  readonly #tracker: ChangeTracker;
  /** "Show changes only" is pressed. */
  only = false;
  /** The text of the live region: set when a refresh brings changes, announced once. */
  #announcement = '';

  constructor(
    eventId: string,
    root: ShadowRoot,
    private readonly lit: { html: typeof litHtml; nothing: typeof litNothing },
    private readonly update: () => void,
  ) {
    this.#tracker = new ChangeTracker(new StoredJson('local', `event-widgets:seen:${eventId}`));
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(STYLES);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Reads a version of the programme (the first, or one a refresh brought). */
  see(sessions: readonly Session[], t: Translate, lang: Lang, timeZone: string): void {
    const changed = this.#tracker.see(sessions);
    if (changed) {
      const changes = changed === 1 ? t('changesCountOne') : t('changesCount', { count: changed });
      this.#announcement = t('changesUpdated', { time: formatTime(Date.now(), timeZone, lang), changes });
    }
    if (!this.#tracker.marks.size) this.only = false;
  }

  /** How a session changed, if it did. */
  kind(id: string): ChangeKind | undefined {
    return this.#tracker.marks.get(id);
  }

  /** The sessions to show: all those the filters pass, or only the changed ones. */
  shown(sessions: readonly Session[]): readonly Session[] {
    return this.only ? sessions.filter((s) => this.#tracker.marks.has(s.id)) : sessions;
  }

  /** A changed session's badge ("Verschoben"), or nothing. */
  badge(id: string, t: Translate): TemplateResult | typeof litNothing {
    const kind = this.kind(id);
    return kind ? this.lit.html`<span part="change" class=${kind}>${t(CHANGE_TEXT[kind])}</span>` : this.lit.nothing;
  }

  /** The summary at the head of the programme, and the live region (always there, so that a later text is announced). */
  summary(view: ChangesView): TemplateResult {
    const { html, nothing } = this.lit;
    const { t } = view;
    const marks = this.#tracker.marks;
    const changed = view.sessions.filter((s) => marks.has(s.id));
    // Starred sessions first, then the worst change first, then in programme order.
    const rank = (s: Session) => (view.starred(s.id) ? 0 : 10) + CHANGE_KINDS.indexOf(marks.get(s.id)!);
    const named = [...changed].sort((a, b) => rank(a) - rank(b)).slice(0, NAMED);
    const count = changed.length === 1 ? t('changesCountOne') : t('changesCount', { count: changed.length });
    return html`${changed.length
        ? html`<div part="changes">
            <p><strong>${t(this.#tracker.sinceLastVisit ? 'changesSinceVisit' : 'changesSinceOpened')}: ${count}</strong></p>
            <ul>
              ${named.map(
                (s) =>
                  html`<li>
                    <button part="change-link" type="button" @click=${() => view.jump(s.id)}>${view.starred(s.id) ? '★ ' : ''}${s.name}</button>
                    – ${t(CHANGE_TEXT[marks.get(s.id)!])}
                  </li>`,
              )}
            </ul>
            ${changed.length > NAMED ? html`<p>${t('changesMore', { count: changed.length - NAMED })}</p>` : nothing}
            <button part="changes-only" type="button" aria-pressed=${this.only ? 'true' : 'false'} @click=${this.#toggle}>${t('changesOnly')}</button>
          </div>`
        : nothing}
      <p part="changes-announcement" class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  #toggle = () => {
    this.only = !this.only;
    this.update();
  };
}
