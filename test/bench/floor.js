// The floor: what a careful developer writes by hand with no framework. Same data in, the same
// markup out (the agenda's day sections, sessions, speakers, details and buttons; the card's
// lines; the form's fields), so the benchmark measures what Lit and our code add on top.
const ZONE = 'Europe/Berlin';
// Formatters are made on first use, inside the measured render, as the widgets make theirs.
let time, dayKey, longDate;
function formatters() {
  time ??= new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
  dayKey ??= new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  longDate ??= new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ESC[c]);
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const nameOf = (v) => (typeof v === 'string' ? v : v?.name);

const STYLE = `
  :host { display: block; }
  ol { list-style: none; padding: 0; display: grid; gap: .5rem; }
  li.session { display: grid; grid-template-columns: 7.5rem 1fr; gap: .25rem 1rem; padding: .5rem; border-inline-start: 4px solid #0b5394; background: #fff; }
  li.quiet { background: #f4f4f4; }
  h4 { margin: 0; font-size: 1.1em; }
  .meta, .speakers { margin: 0; color: #444; }
  button { font: inherit; }`;

function parseSessions(json) {
  return list(json.subEvent)
    .map((s) => ({
      id: s['@id'],
      name: s.name,
      start: Date.parse(s.startDate),
      end: s.endDate ? Date.parse(s.endDate) : undefined,
      room: nameOf(list(s.location)[0]),
      track: s.keywords,
      kind: s.additionalType,
      description: s.description,
      speakers: list(s.performer).map((p) => [p.name, p.jobTitle, nameOf(p.affiliation)].filter(Boolean).join(', ')),
    }))
    .sort((a, b) => a.start - b.start);
}

function sessionHtml(s) {
  const meta = [s.room, s.track].filter(Boolean).join(' · ');
  const quiet = s.kind === 'break';
  return `<li class="session${quiet ? ' quiet' : ''}" data-text="${esc(`${s.name} ${meta} ${s.speakers.join(' ')}`.toLowerCase())}">
  <div class="time"><time datetime="${new Date(s.start).toISOString()}">${time.format(s.start)}</time>${s.end === undefined ? '' : `–<time datetime="${new Date(s.end).toISOString()}">${time.format(s.end)}</time>`}</div>
  <div>${quiet ? '<span class="kind">Pause</span>' : ''}<h4 id="s-${esc(s.id.replace(/\W/g, ''))}" tabindex="-1">${esc(s.name)}</h4>
  ${meta ? `<p class="meta">${esc(meta)}</p>` : ''}
  ${s.speakers.length ? `<ul class="speakers" aria-label="Mitwirkende">${s.speakers.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
  ${s.description ? `<details><summary aria-label="Mehr zu ${esc(s.name)}">Mehr</summary><p>${esc(s.description)}</p></details>` : ''}
  ${quiet ? '' : `<div class="actions"><button type="button" aria-pressed="false" aria-label="${esc(s.name)} merken"><span aria-hidden="true">☆</span> Merken</button><button type="button" aria-label="${esc(s.name)} in den Kalender">In den Kalender</button></div>`}
  </div></li>`;
}

/** Renders the whole programme, every day, into `host`'s shadow root; returns a filter function. */
export function floorAgenda(host, json) {
  formatters();
  const root = host.attachShadow({ mode: 'open' });
  const days = new Map();
  for (const s of parseSessions(json)) {
    const key = dayKey.format(s.start);
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(s);
  }
  const multiDay = days.size > 1;
  let out = `<style>${STYLE}</style><section><h2>Programm</h2><div role="search"><label>Suche <input type="search"></label></div>`;
  for (const sessions of days.values()) {
    out += `<section>${multiDay ? `<h3>${longDate.format(sessions[0].start)}</h3>` : ''}<ol>${sessions.map(sessionHtml).join('')}</ol></section>`;
  }
  root.innerHTML = `${out}</section>`;
  const items = [...root.querySelectorAll('li.session')].map((li) => ({ li, text: li.dataset.text }));
  return (query) => {
    const q = query.toLowerCase();
    for (const { li, text } of items) li.hidden = q !== '' && !text.includes(q);
  };
}

/** The card's content: series, name, date line, venue, status, two buttons. */
export function floorCard(host, json) {
  formatters();
  const root = host.attachShadow({ mode: 'open' });
  const start = Date.parse(json.startDate);
  const end = json.endDate ? Date.parse(json.endDate) : undefined;
  const place = list(json.location)[0] ?? {};
  const a = place.address ?? {};
  root.innerHTML = `<style>:host{display:block}article{padding:1rem;border:1px solid #ccc}h2{margin:0}</style><article>
    <p class="series">${esc(nameOf(json.superEvent))}</p><h2>${esc(json.name)}</h2>
    <p><time datetime="${new Date(start).toISOString()}">${longDate.format(start)}, ${time.format(start)}${end ? `–${time.format(end)}` : ''} Uhr</time></p>
    <address>${esc(place.name)}<br>${esc(a.streetAddress)}, ${esc(a.postalCode)} ${esc(a.addressLocality)}</address>
    <p role="status"></p><p>${esc(json.description ?? '')}</p>
    <button type="button">In den Kalender</button> <a href="#anmeldung">Jetzt anmelden</a></article>`;
}

/** The registration form's fields, labelled, with the same required markers. */
export function floorForm(host) {
  const root = host.attachShadow({ mode: 'open' });
  const field = (name, label, type = 'text', extra = '') =>
    `<div><label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type}" ${extra}></div>`;
  root.innerHTML = `<style>:host{display:block}div{margin:.5rem 0}label{display:block}</style><form novalidate><h2>Anmeldung</h2>
    ${field('givenName', 'Vorname', 'text', 'required autocomplete="given-name"')}${field('familyName', 'Nachname', 'text', 'required autocomplete="family-name"')}
    ${field('email', 'E-Mail', 'email', 'required autocomplete="email"')}${field('organization', 'Behörde / Organisation', 'text', 'autocomplete="organization"')}
    <div><input id="consent" type="checkbox" required><label for="consent">Ich willige ein.</label></div><button>Anmelden</button></form>`;
  return root.querySelector('input');
}

/** A countdown written the usual way: its own interval, every second, for each element. */
export function floorCountdown(host, target) {
  const out = host.attachShadow({ mode: 'open' });
  const tick = () => {
    const left = Math.max(0, target - Date.now());
    const d = Math.floor(left / 86_400_000), h = Math.floor(left / 3_600_000) % 24, m = Math.floor(left / 60_000) % 60, s = Math.floor(left / 1000) % 60;
    out.textContent = `${d} Tage ${h} Std. ${m} Min. ${s} Sek.`;
  };
  tick();
  return setInterval(tick, 1000);
}
