// A plain view of the model <ev-event> loaded, built with textContent only.
import { formatEventDate } from '/dist/event-widgets.js';

const provider = document.querySelector('ev-event');
const target = document.getElementById('debug');

function row(list, term, value) {
  if (value === undefined || value === '') return;
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

function show(event) {
  const list = document.createElement('dl');
  row(list, 'Reihe', event.series);
  row(list, 'Name', event.name);
  row(list, 'Motto', event.alternateName);
  row(list, 'Datum', formatEventDate(event, event.timeZone, 'de'));
  row(list, 'Ort', [event.place?.name, event.place?.address?.street, `${event.place?.address?.postalCode ?? ''} ${event.place?.address?.locality ?? ''}`.trim()].filter(Boolean).join(', '));
  row(list, 'Themen', event.topics.join(' · '));
  row(list, 'Veranstalter', event.organizers.map((o) => o.name).join(', '));
  row(list, 'Programmpunkte', String(event.sessions.length));
  target.replaceChildren(list);
}

provider.addEventListener('load', (e) => show(e.detail.event));
provider.addEventListener('error', (e) => {
  target.textContent = `Fehler: ${e.detail.error.code}`;
});
if (provider.eventState?.event) show(provider.eventState.event);
