// Renders each element on the server with @lit-labs/ssr, from event data and from attributes,
// and prints the HTML: what Astro, Eleventy or Next send before any script runs. With `--page`,
// writes hydrate.html instead: server-rendered widgets that client.js hydrates in a browser.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { readFileSync, writeFileSync } from 'node:fs';
import 'event-widgets/define';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
/** The same data as inline JSON-LD, which the browser reads when it hydrates: no request. */
const inline = unsafeHTML(`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);
const widget = (tag) => staticHtml`<${unsafeStatic(tag)} lang="de" time-zone="Europe/Berlin" .data=${data}>${inline}</${unsafeStatic(tag)}>`;

if (process.argv[3] === '--page') {
  const body = await collectResult(render(html`${['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration'].map(widget)}`));
  writeFileSync('hydrate.html', `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SSR</title></head><body>${body}
<script>
  const widgets = [...document.querySelectorAll('ev-card, ev-countdown, ev-agenda, ev-registration')];
  window.ssrNodes = widgets.map((el) => el.shadowRoot.querySelector('h2, [role=timer], p'));
  window.ssrCounts = widgets.map((el) => el.shadowRoot.querySelectorAll('*').length);
</script>
<script type="module" src="/client.js"></script></body></html>`);
} else {
  const out = {};
  for (const tag of ['ev-card', 'ev-countdown', 'ev-agenda', 'ev-registration']) out[tag] = await collectResult(render(widget(tag)));
  out['ev-event'] = await collectResult(render(html`<ev-event lang="de" .data=${data}><ev-card></ev-card><ev-agenda></ev-agenda></ev-event>`));
  out.src = await collectResult(render(html`<ev-card lang="de" src="https://example.org/event.json"></ev-card>`));
  out.attributes = await collectResult(render(html`<ev-countdown lang="de" name="Polizeitage" start="2099-01-01T10:00" time-zone="Europe/Berlin"></ev-countdown>`));
  console.log(JSON.stringify(out));
}
