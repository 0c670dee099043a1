// One session of the programme, as <ev-agenda> shows it.
import { html, nothing, type TemplateResult } from 'lit';
import { QUIET_KINDS } from '../data/agenda.js';
import { formatTime } from '../data/format.js';
import type { Lang, MessageKey } from '../data/i18n.js';
import type { EventData, Session, SessionKind } from '../data/types.js';
import { statusText } from '../internal/status-text.js';
import { clampLevel, heading } from '../internal/heading.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What a session's template needs from its agenda. */
export interface SessionView {
  readonly t: Translate;
  /** The UI's language: labels and buttons. */
  readonly lang: Lang;
  readonly headingLevel: number;
  readonly compact: boolean;
  /** The data's language where it differs from the UI's: the programme's own texts carry it. */
  readonly contentLang?: string;
  readonly running: boolean;
  readonly starred: boolean;
  readonly onStar: () => void;
  readonly onCalendar: () => void;
  /** How the session changed since the visitor last saw it, and its badge: from the change marks (./changes.ts, loaded on demand). */
  readonly changed?: string;
  readonly change?: unknown;
}

const KIND_TEXT: Record<Exclude<SessionKind, 'other'>, MessageKey> = {
  talk: 'kindTalk',
  keynote: 'kindKeynote',
  panel: 'kindPanel',
  workshop: 'kindWorkshop',
  break: 'kindBreak',
  reception: 'kindReception',
  welcome: 'kindWelcome',
  closing: 'kindClosing',
};

/**
 * One session. Optional pieces that most sessions have are in this one template and
 * `hidden` when a session lacks them: each nested template costs a clone and a walk,
 * and ten of them per session made up most of a long programme's first render.
 */
export function renderSession(view: SessionView, event: EventData, session: Session, multiDay: boolean): TemplateResult {
  const zone = event.timeZone;
  const { t, lang, running, starred } = view;
  const quiet = QUIET_KINDS.includes(session.kind);
  const compact = view.compact;
  const meta = [session.room, ...session.tracks].filter(Boolean).join(' · ');
  const end = session.end;
  // The programme's own texts carry the data's language; labels and buttons the UI's.
  const content = view.contentLang;
  const status = session.status;
  return html`<li part="session" class=${`${quiet ? 'quiet' : ''} ${status ?? ''}`} aria-current=${running ? 'time' : nothing}>
    <div part="time">
      <time datetime=${new Date(session.start).toISOString()}>${formatTime(session.start, zone, lang)}</time><span ?hidden=${end === undefined}
        >–<time datetime=${end === undefined ? nothing : new Date(end).toISOString()}>${end === undefined ? '' : formatTime(end, zone, lang)}</time></span
      >
    </div>
    <div>
      ${running ? html`<span part="now-badge">${t('agendaRunning')}</span>` : nothing}${view.change ?? nothing}
      ${status && view.changed !== status ? html`<strong part="session-status">${statusText(lang, status)}</strong>` : nothing}
      ${renderKind(t, session, content)}
      ${heading(clampLevel(view.headingLevel) + (multiDay ? 2 : 1), 'session-title', session.name, `s-${cssId(session.id)}`, true, content)}
      <p part="meta" ?hidden=${!meta} lang=${content ?? nothing}>${meta}</p>
      ${compact ? nothing : renderDetails(t, session, content)}
      <div part="session-actions" ?hidden=${session.kind === 'break'}>
        <button part="star" type="button" aria-pressed=${starred ? 'true' : 'false'} aria-label=${t('agendaStarLabel', { name: session.name })} @click=${view.onStar}>
          <span aria-hidden="true">${starred ? '★' : '☆'}</span> ${t('agendaStar')}
        </button>
        <button
          part="calendar"
          type="button"
          ?hidden=${compact}
          aria-label=${t('agendaCalendarLabel', { name: session.name })}
          @click=${view.onCalendar}
        >
          ${t('addToCalendar')}
        </button>
      </div>
    </div>
  </li>`;
}

/** Speakers and description: the list view only. */
function renderDetails(t: Translate, session: Session, content: string | undefined): TemplateResult {
  const description = session.description;
  return html`<ul part="speakers" aria-label=${t('agendaSpeakers')} ?hidden=${!session.performers.length} lang=${content ?? nothing}>
      ${session.performers.map((p) => html`<li>${[p.name, p.jobTitle, p.affiliation].filter(Boolean).join(', ')}</li>`)}
    </ul>
    <details part="details" ?hidden=${!description}>
      <summary aria-label=${t('agendaMoreAbout', { name: session.name })}>${t('agendaMore')}</summary>
      <p lang=${content ?? nothing}>${description}</p>
    </details>
    <p class="print-only" ?hidden=${!description} lang=${content ?? nothing}>${description}</p>`;
}

/** The kind's label ("Keynote"), unless it is a talk or the title says it already ("Begrüßung"). */
function renderKind(t: Translate, session: Session, content: string | undefined): TemplateResult | typeof nothing {
  if (session.kind === 'talk') return nothing;
  const own = session.kind === 'other';
  const label = own ? session.kindName ?? '' : t(KIND_TEXT[session.kind]);
  if (session.name.toLowerCase().startsWith(label.toLowerCase())) return nothing;
  return html`<span part="kind" lang=${own ? (content ?? nothing) : nothing}>${label}</span>`;
}

/** A session id as an element id: letters, digits, dashes. */
export function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}
