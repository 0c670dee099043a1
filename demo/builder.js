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

/** The element as the partner will paste it: tag, attributes, and inline JSON-LD if chosen. */
function buildElement() {
  const element = document.createElement(current().tagName);
  if (source() === 'url') element.setAttribute('src', $('url').value.trim());
  for (const [name, value] of Object.entries(state.values)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string' && value.trim() !== '') element.setAttribute(name, value.trim());
  }
  if (element.localName === 'ev-registration' && !element.hasAttribute('action')) element.setAttribute('action', '/api/events/polizeitage-hamburg-2024/registrations');
  if (source() === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = $('jsonld').value;
    element.append(script);
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

function snippetText(element) {
  const attrs = [...element.attributes]
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${(a.name === 'src' || a.name === 'action' ? absolute(a.value) : a.value).replace(/"/g, '&quot;')}"`))
    .join('');
  const inner = source() === 'inline' ? `\n  <script type="application/ld+json">\n${$('jsonld').value.trim()}\n  </script>\n` : '';
  return `<script type="module" src="${location.origin}/dist/event-widgets.js"></script>\n<${element.localName}${attrs}>${inner}</${element.localName}>`;
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
    else json = JSON.parse($('jsonld').value);
  } catch (error) {
    out.textContent = `Die Daten konnten nicht gelesen werden: ${error.message}`;
    return;
  }
  const { event, issues } = normalizeEvent(json, { baseUrl: source() === 'url' ? absolute($('url').value) : location.href });
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
$('jsonld').addEventListener('change', update);
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
