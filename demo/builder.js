// The embed builder: reads custom-elements.json, so every attribute the elements document
// appears here without editing this file. DOM is built with createElement and textContent only
// (this page runs under Trusted Types).
import { fetchJson, normalizeEvent } from '/dist/event-widgets.js';

const $ = (id) => document.getElementById(id);
/** Attributes that are data sources or overrides, set through the "Daten" step or not meant for editors. */
const HIDDEN_ATTRIBUTES = new Set(['src', 'data', 'fetcher', 'fields', 'name', 'start', 'end', 'location', 'address', 'url', 'status']);

const manifest = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName && d.tagName !== 'ev-event')
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const state = { values: {} };

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** The values a string-literal union allows ("'full' | 'compact'"), or none. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

function unquote(value) {
  return typeof value === 'string' ? value.replace(/^['"]|['"]$/g, '') : value;
}

function current() {
  return elements.find((e) => e.tagName === $('widget').value);
}

function renderOptions() {
  const element = current();
  $('widget-summary').textContent = element.summary ?? '';
  const box = $('options');
  box.replaceChildren();
  state.values = {};
  for (const attr of element.attributes ?? []) {
    if (HIDDEN_ATTRIBUTES.has(attr.name) || !attr.fieldName) continue;
    const id = `opt-${attr.name}`;
    const wrap = document.createElement('div');
    wrap.className = 'option';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = attr.name;
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = attr.description ?? '';
    const type = attr.type?.text ?? 'string';
    const choices = literals(type);
    let control;
    if (choices.length) {
      control = document.createElement('select');
      control.append(option('', `(Standard${attr.default ? `: ${unquote(attr.default)}` : ''})`), ...choices.map((c) => option(c, c)));
    } else if (type === 'boolean') {
      control = document.createElement('input');
      control.type = 'checkbox';
    } else {
      control = document.createElement('input');
      control.type = type === 'number' ? 'number' : 'text';
      if (attr.default && attr.default !== 'undefined') control.placeholder = unquote(attr.default);
    }
    control.id = id;
    control.setAttribute('aria-describedby', hint.id);
    control.addEventListener(control.type === 'checkbox' || control.localName === 'select' ? 'change' : 'input', () => {
      state.values[attr.name] = control.type === 'checkbox' ? control.checked : control.value;
      update();
    });
    wrap.append(label, hint, control);
    box.append(wrap);
  }
}

function source() {
  return document.querySelector('input[name="source"]:checked').value;
}

/** The pasted JSON-LD, parsed; `error` when it is not JSON. */
function inlineJson() {
  try {
    return { json: JSON.parse($('jsonld').value) };
  } catch (error) {
    return { error };
  }
}

/**
 * The element as the partner will paste it: tag and attributes. Inline JSON-LD reaches the
 * preview as the `data` property: under Trusted Types a page may not write a script's text.
 */
function buildElement() {
  const element = document.createElement(current().tagName);
  if (source() === 'url') element.setAttribute('src', $('url').value.trim());
  for (const [name, value] of Object.entries(state.values)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string' && value.trim() !== '') element.setAttribute(name, value.trim());
  }
  if (element.localName === 'ev-registration') {
    if (!element.hasAttribute('action')) element.setAttribute('action', '/api/events/polizeitage-hamburg-2024/registrations');
    if (!element.hasAttribute('privacy-href')) element.setAttribute('privacy-href', '/datenschutz.html');
  }
  if (source() === 'inline') {
    const { json } = inlineJson();
    if (json !== undefined) element.data = json;
  }
  return element;
}

function absolute(url) {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}

/** JSON on one line, `<` escaped: no blank line for a CMS to turn into paragraphs, no `</script>` to end the block early. */
function inlineScript(json) {
  return `<script type="application/ld+json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
}

/** For the registration form: what the partner's site needs from the registration service. */
function registrationNote(element) {
  if (element.localName !== 'ev-registration') return '';
  const action = new URL(absolute(element.getAttribute('action')));
  return `<!-- Die Anmeldungen gehen an ${action.origin}. Liegt Ihre Seite woanders, muss dieser Dienst Ihre Adresse zulassen (CORS; beim Referenzserver: ALLOWED_ORIGINS=https://ihre-seite.example), sonst kann niemand senden. -->\n`;
}

function snippetText(element) {
  const linked = new Set(['src', 'action', 'privacy-href']);
  const attrs = [...element.attributes]
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${(linked.has(a.name) ? absolute(a.value) : a.value).replace(/"/g, '&quot;')}"`))
    .join('');
  const { json } = source() === 'inline' ? inlineJson() : {};
  const inner = json === undefined ? '' : inlineScript(json);
  return `<script type="module" src="${location.origin}/dist/event-widgets.js"></script>\n${registrationNote(element)}<${element.localName}${attrs}>${inner}</${element.localName}>`;
}

function update() {
  const element = buildElement();
  $('preview').replaceChildren(element);
  $('snippet').textContent = snippetText(element);
  $('copy-status').textContent = '';
}

/** The same checks the widgets make, with the same messages. */
async function check() {
  const out = $('check-result');
  out.textContent = 'Prüfe …';
  let json;
  try {
    if (source() === 'url') json = await fetchJson(absolute($('url').value.trim()));
    else {
      const inline = inlineJson();
      if (inline.error) throw inline.error;
      json = inline.json;
    }
  } catch (error) {
    out.textContent = `Die Daten konnten nicht gelesen werden: ${error.message}`;
    return;
  }
  // The snippet goes onto other sites: relative links would lead elsewhere there.
  const { event, issues } = normalizeEvent(json, { baseUrl: source() === 'url' ? absolute($('url').value) : location.href, portable: true });
  const list = document.createElement('ul');
  list.className = 'issues';
  for (const issue of issues) {
    const li = document.createElement('li');
    li.className = issue.level;
    li.textContent = `${issue.level === 'error' ? 'Fehler' : 'Hinweis'}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
    list.append(li);
  }
  const summary = document.createElement('p');
  summary.textContent = event
    ? `In Ordnung: „${event.name}“ mit ${event.sessions.length} Programmpunkten${issues.length ? `, ${issues.length} Hinweis(e)` : ''}.`
    : 'Die Widgets können diese Daten nicht anzeigen.';
  out.replaceChildren(summary, list);
}

$('widget').append(...elements.map((e) => option(e.tagName, e.tagName)));
$('widget').addEventListener('change', () => {
  renderOptions();
  update();
});
for (const radio of document.querySelectorAll('input[name="source"]')) {
  radio.addEventListener('change', () => {
    $('url-box').hidden = source() !== 'url';
    $('inline-box').hidden = source() !== 'inline';
    update();
  });
}
$('url').addEventListener('change', update);
$('jsonld').addEventListener('input', update);
$('check').addEventListener('click', check);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').textContent);
    $('copy-status').textContent = 'Der Code ist in der Zwischenablage.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents($('snippet'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $('copy-status').textContent = 'Der Code ist markiert: kopieren Sie ihn mit Strg+C.';
  }
});
$('widget').value = 'ev-card';
renderOptions();
update();
