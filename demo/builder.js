// The embed builder, for web editors of partner sites: German by default, English with ?lang=en.
// Which attributes exist comes from custom-elements.json; how they are named and explained to an
// editor comes from builder-texts.js. DOM is built with createElement and textContent only (this
// page runs under Trusted Types).
import { EventLoadError, errorMessage, fetchJson, loadExtras, normalizeEvent } from '/dist/event-widgets.js';
import { translateIssue } from '/dist/issue-texts.js';
import { OPTIONS, UI, WIDGETS, fill, plural } from '/builder-texts.js';

const $ = (id) => document.getElementById(id);
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
const text = UI[lang];
/** Attributes that are data sources or overrides of single fields: set through "Daten", not here. */
const DATA_ATTRIBUTES = new Set(['src', 'name', 'start', 'end', 'location', 'address', 'url', 'status']);
/** The reference server's registration endpoint for the demo event, until the editor names another. */
const DEMO_ACTION = '/api/events/polizeitage-hamburg-2024/registrations';

const manifest = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName && d.tagName in WIDGETS.de)
  .sort((a, b) => Object.keys(WIDGETS.de).indexOf(a.tagName) - Object.keys(WIDGETS.de).indexOf(b.tagName));

const state = { values: {}, issues: [] };

function el(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** The page in the chosen language: static texts, labels, the link to the other language. */
function translatePage() {
  document.documentElement.lang = lang;
  document.title = text.pageTitle;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = text[node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', text[node.dataset.label]);
  for (const node of document.querySelectorAll('[data-placeholder]')) node.setAttribute('placeholder', text[node.dataset.placeholder]);
  const other = $('switch-language');
  other.textContent = text.switchLanguage;
  other.href = lang === 'en' ? '/builder.html' : '/builder.html?lang=en';
  other.lang = other.hreflang = lang === 'en' ? 'de' : 'en';
}

/** The values a string-literal union allows ("'full' | 'compact'"), or none. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

const current = () => elements.find((e) => e.tagName === $('widget').value);
const source = () => document.querySelector('input[name="source"]:checked').value;

/** An option's words: the widget's own where an attribute means something else there (`ev-series view`), else the shared ones. */
const wordsFor = (attr) => OPTIONS[lang][`${current().tagName} ${attr.name}`] ?? OPTIONS[lang][attr.name];

/** One option: label, help, and the control that fits its type. */
function optionControl(attr) {
  const words = wordsFor(attr);
  const id = `opt-${attr.name}`;
  const hint = el('p', { className: 'hint', id: `${id}-hint`, textContent: words.help });
  const type = attr.type?.text ?? 'string';
  const choices = words.choices ? Object.keys(words.choices) : literals(type);
  let control;
  if (type === 'boolean') {
    control = el('input', { type: 'checkbox', id });
  } else if (choices.length) {
    const fallback = attr.default && attr.default !== 'undefined' ? String(attr.default).replace(/^'|'$/g, '') : undefined;
    control = el('select', { id }, el('option', { value: '', textContent: `${text.defaultChoice}${fallback ? `: ${words.choices?.[fallback] ?? fallback}` : ''}` }));
    for (const choice of choices) control.append(el('option', { value: choice, textContent: words.choices?.[choice] ?? choice }));
  } else {
    control = el('input', { type: type === 'number' ? 'number' : 'text', id, placeholder: words.placeholder ?? (attr.default && attr.default !== 'undefined' ? String(attr.default) : '') });
  }
  control.setAttribute('aria-describedby', hint.id);
  const live = control.type === 'checkbox' || control.localName === 'select' ? 'change' : 'input';
  control.addEventListener(live, () => {
    state.values[attr.name] = control.type === 'checkbox' ? control.checked : control.value;
    update();
  });
  const label = el('label', { htmlFor: id, textContent: words.label });
  return control.type === 'checkbox'
    ? el('div', { className: 'option' }, el('div', { className: 'choice' }, control, label), hint)
    : el('div', { className: 'option' }, label, hint, control);
}

function renderOptions() {
  const element = current();
  $('widget-summary').textContent = WIDGETS[lang][element.tagName][1];
  state.values = {};
  const basic = [];
  const advanced = [];
  for (const attr of element.attributes ?? []) {
    if (DATA_ATTRIBUTES.has(attr.name)) continue;
    if (!wordsFor(attr)) throw new Error(`builder-texts.js has no words for the attribute "${attr.name}"`);
    (wordsFor(attr).advanced ? advanced : basic).push(optionControl(attr));
  }
  const more = el('details', {}, el('summary', { textContent: text.advanced }), ...advanced);
  $('options').replaceChildren(...basic, ...(advanced.length ? [more] : []));
}

/** The pasted JSON-LD, parsed; `error` when it is not JSON. */
function inlineJson() {
  try {
    return { json: JSON.parse($('jsonld').value) };
  } catch (error) {
    return { error };
  }
}

function absolute(url) {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
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
  if (element.localName === 'ev-registration' && !element.hasAttribute('action')) element.setAttribute('action', DEMO_ACTION);
  if (source() === 'inline') {
    const { json } = inlineJson();
    if (json !== undefined) element.data = json;
  }
  return element;
}

/**
 * JSON on one line, `<` escaped: a CMS such as WordPress turns line breaks inside a block into
 * `<br />` and blank lines into paragraphs, which would break the JSON; no `</script>` ends it early.
 */
function inlineScript(json) {
  return `<script type="application/ld+json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
}

function snippetText(element) {
  const linked = new Set(['src', 'action', 'privacy-href', 'registration-href']);
  const attrs = [...element.attributes]
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${(linked.has(a.name) ? absolute(a.value) : a.value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');
  const { json } = source() === 'inline' ? inlineJson() : {};
  const inner = json === undefined ? '' : inlineScript(json);
  const note = element.localName === 'ev-registration' ? `<!-- ${fill(text.codeNote, { origin: new URL(absolute(element.getAttribute('action'))).origin })} -->\n` : '';
  // No blank line anywhere: a CMS would make a paragraph of it.
  return `<script type="module" src="${location.origin}/dist/event-widgets.js"></script>\n${note}<${element.localName}${attrs}>${inner}</${element.localName}>`;
}

/**
 * The height to keep while the widget loads, at a phone's width and at the preview's, in rem:
 * measured on copies of the widget, once it shows its event.
 */
async function reservedHeights(element) {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const measure = async (width) => {
    const box = el('div', { className: 'measure' });
    box.style.inlineSize = `${width}px`;
    const copy = element.cloneNode(true);
    if (element.data !== undefined) copy.data = element.data;
    box.append(copy);
    document.body.append(box);
    for (let i = 0; i < 100 && !['ready', 'error'].includes(copy.eventState?.status); i++) await new Promise((r) => setTimeout(r, 50));
    await copy.updateComplete;
    const height = copy.getBoundingClientRect().height;
    box.remove();
    return copy.eventState?.status === 'ready' ? Math.ceil((height / rem) * 2) / 2 : undefined;
  };
  return { phone: await measure(360), wide: await measure(Math.max(600, $('preview').clientWidth - 40)) };
}

let cssRun = 0;
async function updateCss(element) {
  const run = ++cssRun;
  const { phone, wide } = await reservedHeights(element);
  if (run !== cssRun) return;
  const tag = element.localName;
  $('css').textContent =
    phone === undefined || wide === undefined
      ? ''
      : `/* ${text.css}: <${tag}> */\n${tag} { --ev-reserved-block-size: ${wide}rem; }\n@media (max-width: 40rem) {\n  ${tag} { --ev-reserved-block-size: ${phone}rem; }\n}`;
}

let cssTimer;
function update() {
  const element = buildElement();
  $('preview').replaceChildren(element);
  $('snippet').textContent = snippetText(element);
  $('copy-status').textContent = '';
  // Measuring renders two copies of the widget: once typing pauses, not on every key.
  clearTimeout(cssTimer);
  cssTimer = setTimeout(() => void updateCss(element), 300);
  void updateWarnings(element);
}

/** What would go wrong on the partner's page: each as a sentence an editor can act on. */
async function partnerWarnings(element) {
  const warnings = [];
  let partner;
  try {
    partner = $('partner').value.trim() ? new URL($('partner').value.trim()) : undefined;
  } catch {
    partner = undefined;
  }
  const relative = state.issues.filter((i) => /is a relative link/.test(i.message)).map((i) => i.path);
  if (relative.length) warnings.push(fill(text.warnRelative, { paths: relative.join(', ') }));
  if (partner?.protocol === 'https:' && source() === 'url' && absolute($('url').value.trim()).startsWith('http:')) warnings.push(text.warnInsecure);
  if (element.localName === 'ev-registration') {
    if (!element.getAttribute('privacy-href')) warnings.push(text.warnPrivacy);
    const service = new URL(absolute(element.getAttribute('action')));
    if (partner && partner.origin !== service.origin) {
      // Only the page's own server is asked (no request to third parties): the reference server says whom it admits.
      const admitted = service.origin === location.origin ? await fetch('/api/allowed-origins').then((r) => (r.ok ? r.json() : undefined), () => undefined) : undefined;
      if (!admitted) warnings.push(fill(text.warnOriginUnknown, { service: service.origin, origin: partner.origin }));
      else if (!admitted.allowedOrigins.includes(partner.origin)) warnings.push(fill(text.warnOrigin, { service: service.origin, origin: partner.origin }));
    }
  }
  return warnings;
}

let warningRun = 0;
async function updateWarnings(element) {
  const run = ++warningRun;
  const warnings = await partnerWarnings(element);
  if (run !== warningRun) return;
  $('warnings').replaceChildren(warnings.length ? el('ul', { className: 'warnings' }, ...warnings.map((w) => el('li', { textContent: w }))) : el('p', { textContent: text.noWarnings }));
}

/** An issue as an editor reads it: where, and what, in the page's language (the English original where no translation exists). */
function issueItem(issue) {
  const words = translateIssue(issue.message, lang);
  const item = el('li', { className: issue.level });
  item.append(`${issue.level === 'error' ? text.error : text.note}: ${issue.path ? `${issue.path}: ` : ''}`);
  item.append(words ?? el('span', { lang: 'en', textContent: issue.message }));
  return item;
}

/** The checks the widgets make, with the widgets' own German; relative links count as they would on the partner's page. */
async function check() {
  const out = $('check-result');
  out.textContent = text.checking;
  let json;
  try {
    if (source() === 'url') json = await fetchJson(absolute($('url').value.trim()));
    else {
      const inline = inlineJson();
      if (inline.error) throw new EventLoadError('inline-not-json', fill(text.inlineBroken, { detail: inline.error.message }));
      json = inline.json;
    }
  } catch (error) {
    state.issues = [];
    out.replaceChildren(el('p', { textContent: text.unreadable }), el('p', { textContent: error.code === 'inline-not-json' ? error.message : `${errorMessage(error, lang)} (${error.message})` }));
    return;
  }
  await loadExtras(); // recurring dates and prices in words are read as the widgets read them
  const { event, issues } = normalizeEvent(json, { baseUrl: source() === 'url' ? absolute($('url').value) : location.href, portable: true });
  state.issues = issues;
  const summary = event ? fill(text.ok, { name: event.name, sessions: plural(text.sessions, event.sessions.length) }) : text.cannotShow;
  out.replaceChildren(el('p', { textContent: summary }));
  if (issues.length) out.append(el('p', { textContent: plural(text.notes, issues.length) }), el('ul', { className: 'issues' }, ...issues.map(issueItem)));
  void updateWarnings(buildElement());
}

translatePage();
$('widget').append(...elements.map((e) => el('option', { value: e.tagName, textContent: WIDGETS[lang][e.tagName][0] })));
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
$('partner').addEventListener('input', update);
$('check').addEventListener('click', check);

/** Copies a code block, or selects it where the clipboard is not allowed. */
function copyButton(button, code, status) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = text.copied;
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      status.textContent = text.selected;
    }
  });
}
copyButton($('copy'), $('snippet'), $('copy-status'));
copyButton($('copy-css'), $('css'), $('copy-css-status'));
$('widget').value = 'ev-card';
renderOptions();
update();
