// The foyer screen's page: `foyer.html?event=<name>&room=<rooms>&page-seconds=<s>&lang=en&theme=light`
// points <ev-now> at that event of this server (default: the congress), before the element loads.
const params = new URLSearchParams(location.search);
const screen = document.querySelector('ev-now');
screen.setAttribute('src', `/api/events/${encodeURIComponent(params.get('event') || 'polizeikongress-musterstadt-2027')}`);
for (const name of ['room', 'page-seconds', 'lang', 'theme', 'refresh']) if (params.get(name)) screen.setAttribute(name, params.get(name));
