// The embed builder, for web editors of partner sites: German by default, English with ?lang=en.
// Which attributes exist comes from custom-elements.json; how they are named and explained to an
// editor comes from builder-texts.js. DOM is built with createElement and textContent only (this
// page runs under Trusted Types).
import { EventLoadError, errorMessage, fetchJson, loadExtras, normalizeEvent } from '/dist/event-widgets-all.js';
import { translateIssue, translatePath } from '/dist/issue-texts.js';
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

/** The widget that reads a whole series: it stands on its own, never with one event's widgets. */
const SERIES = 'ev-series';

/** `chosen`: the ticked widgets; `values[tag][attribute]`: the options set for each. */
const state = { chosen: ['ev-card'], values: {}, issues: [], pasted: { json: undefined } };

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

/** The ticked widgets, in the order of the list (and of the snippet). */
const chosen = () => elements.filter((e) => state.chosen.includes(e.tagName));
const source = () => document.querySelector('input[name="source"]:checked').value;

/** An option's words: the widget's own where an attribute means something else there (`ev-series view`), else the shared ones. */
const wordsFor = (tag, attr) => OPTIONS[lang][`${tag} ${attr.name}`] ?? OPTIONS[lang][attr.name];

/** Step 1: a checkbox for each widget, with what it shows. */
function renderWidgetChoices() {
  $('widgets').replaceChildren(
    ...elements.map(({ tagName }) => {
      const box = el('input', { type: 'checkbox', id: `widget-${tagName}`, name: 'widget', value: tagName, checked: state.chosen.includes(tagName) });
      const hint = el('p', { className: 'hint', id: `widget-${tagName}-hint`, textContent: WIDGETS[lang][tagName][1] });
      box.setAttribute('aria-describedby', hint.id);
      box.addEventListener('change', () => choose(tagName, box.checked));
      return el('div', { className: 'option' }, el('div', { className: 'choice' }, box, el('label', { htmlFor: box.id, textContent: WIDGETS[lang][tagName][0] })), hint);
    }),
  );
}

/** Ticks or unticks a widget; the series list and one event's widgets exclude each other. */
function choose(tag, on) {
  if (!on) state.chosen = state.chosen.filter((t) => t !== tag);
  else state.chosen = tag === SERIES || state.chosen.includes(SERIES) ? [tag] : [...state.chosen, tag];
  for (const box of $('widgets').querySelectorAll('input')) box.checked = state.chosen.includes(box.value);
  $('widgets-status').textContent = state.chosen.length ? '' : text.chooseOne;
  renderOptions();
  update();
}

/** One option of widget `tag`: label, help, and the control that fits its type, showing the value set so far. */
function optionControl(tag, attr) {
  const words = wordsFor(tag, attr);
  const id = `opt-${tag}-${attr.name}`;
  const values = (state.values[tag] ??= {});
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
  if (control.type === 'checkbox') control.checked = values[attr.name] === true;
  else control.value = values[attr.name] ?? '';
  const live = control.type === 'checkbox' || control.localName === 'select' ? 'change' : 'input';
  control.addEventListener(live, () => {
    values[attr.name] = control.type === 'checkbox' ? control.checked : control.value;
    update();
  });
  const label = el('label', { htmlFor: id, textContent: words.label });
  return control.type === 'checkbox'
    ? el('div', { className: 'option' }, el('div', { className: 'choice' }, control, label), hint)
    : el('div', { className: 'option' }, label, hint, control);
}

/** Step 4: the options of each ticked widget, in a group named after it. */
function renderOptions() {
  $('options').replaceChildren(
    ...chosen().map((element) => {
      const basic = [];
      const advanced = [];
      for (const attr of element.attributes ?? []) {
        if (DATA_ATTRIBUTES.has(attr.name)) continue;
        if (!wordsFor(element.tagName, attr)) throw new Error(`builder-texts.js has no words for the attribute "${attr.name}"`);
        (wordsFor(element.tagName, attr).advanced ? advanced : basic).push(optionControl(element.tagName, attr));
      }
      const more = el('details', {}, el('summary', { textContent: text.advanced }), ...advanced);
      return el('fieldset', { className: 'widget-options' }, el('legend', { textContent: WIDGETS[lang][element.tagName][0] }), ...basic, ...(advanced.length ? [more] : []));
    }),
  );
}

/**
 * Data as the widgets read a `src` (`bytes`: pasted, or fetched from a link): JSON-LD as it is; a
 * programme (a pretalx or frab schedule.json, a spreadsheet saved as CSV, an .ics) by the widgets'
 * own reader (dist/event-widgets-programme.js, imported only then) as JSON-LD, with its problems
 * (`issues`) and what it was read as (`format`). `error` when it is none of them.
 */
async function readData(bytes) {
  const text = new TextDecoder().decode(bytes);
  let input = bytes;
  try {
    input = JSON.parse(text);
    if (!input?.schedule) return { json: input };
  } catch (error) {
    if (/^\s*[[{]/.test(text) || text.trim() === '') return { error };
  }
  const { convertProgramme } = await import('/dist/event-widgets-programme.js');
  const reading = await convertProgramme(input);
  if (reading.notData) return { error: new Error(translateIssue(reading.notData, lang) ?? reading.notData) };
  return { json: reading.json, format: reading.format, issues: reading.issues, error: reading.json ? undefined : new Error(reading.issues.map(issueText).join(' ')) };
}

/** What was pasted, read as the widgets would read it (`readData`). */
const readPasted = () => readData(new TextEncoder().encode($('jsonld').value));

/** A linked file read again by `readData`, for the problems and the format of a programme (`fetchJson` gives only its JSON-LD). */
const readLinked = async (url) => readData(new Uint8Array(await (await fetch(url, { credentials: 'omit' })).arrayBuffer()));

function absolute(url) {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}

/**
 * Gives `element` the event: the data's address, or pasted JSON-LD as the `data` property
 * (under Trusted Types a page may not write a script's text).
 */
function giveData(element) {
  if (source() === 'url') element.setAttribute('src', $('url').value.trim());
  else {
    const { json } = state.pasted;
    if (json !== undefined) element.data = json;
  }
  return element;
}

/** Widget `tag` with the options set for it; `standalone`, it has the data itself, else its <ev-event> gives it. */
function buildWidget(tag, standalone) {
  const element = document.createElement(tag);
  if (standalone) giveData(element);
  for (const [name, value] of Object.entries(state.values[tag] ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string' && value.trim() !== '') element.setAttribute(name, value.trim());
  }
  if (tag === 'ev-registration' && !element.hasAttribute('action')) element.setAttribute('action', DEMO_ACTION);
  return element;
}

/**
 * What the partner pastes: one widget with its data, or several in one <ev-event> that loads the
 * data once for all; undefined when none is ticked.
 */
function buildEmbed() {
  const tags = chosen().map((e) => e.tagName);
  if (tags.length < 2) return tags.length ? buildWidget(tags[0], true) : undefined;
  const wrapper = giveData(document.createElement('ev-event'));
  wrapper.append(...tags.map((tag) => buildWidget(tag, false)));
  return wrapper;
}

/** The registration form among what is pasted, if any. */
const registrationIn = (embed) => (embed?.localName === 'ev-registration' ? embed : embed?.querySelector('ev-registration'));

/**
 * JSON on one line, `<` escaped: a CMS such as WordPress turns line breaks inside a block into
 * `<br />` and blank lines into paragraphs, which would break the JSON; no `</script>` ends it early.
 */
function inlineScript(json) {
  return `<script type="application/ld+json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
}

/** An element as HTML, links made absolute (they must work on the partner's page), `inner` inside. */
function tagText(element, inner = '') {
  const linked = new Set(['src', 'action', 'privacy-href', 'registration-href']);
  const attrs = [...element.attributes]
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${(linked.has(a.name) ? absolute(a.value) : a.value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');
  return `<${element.localName}${attrs}>${inner}</${element.localName}>`;
}

/**
 * The snippet: the script tag once, then the widget or the <ev-event> with its widgets. Pasted
 * JSON-LD goes into the element that has the data. No blank line anywhere (a CMS would make a
 * paragraph of it), and the widgets of one event on one line (WordPress puts a <br /> between lines).
 */
function snippetText(embed) {
  const { json } = source() === 'inline' ? state.pasted : {};
  const data = json === undefined ? '' : inlineScript(json);
  const children = [...embed.children].map((child) => tagText(child)).join('');
  const registration = registrationIn(embed);
  const note = registration ? `<!-- ${fill(text.codeNote, { origin: new URL(absolute(registration.getAttribute('action'))).origin })} -->\n` : '';
  return `<script type="module" src="${location.origin}/dist/event-widgets.js"></script>\n${note}${tagText(embed, data + children)}`;
}

/** `widget`'s event once it has loaded it (or failed to), within five seconds. */
async function loaded(widget) {
  for (let i = 0; i < 100 && !['ready', 'error'].includes(widget.eventState?.status); i++) await new Promise((r) => setTimeout(r, 50));
  return widget.eventState?.event;
}

/** The partner page's layout as the editor gave it (step 3): content width on a computer and on a phone, font. */
function pageLayout() {
  const number = (id, fallback, min, max) => {
    const value = Number($(id).value);
    return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
  };
  return {
    column: number('column', 736, 280, 2000),
    phone: number('phone-column', 358, 200, 640),
    fontFamily: $('font-family').value.trim(),
    fontSize: number('font-size', 16, 10, 32),
  };
}

/** Sets the partner page's font on `box` (the preview and the measuring copies): widgets take the page's font. */
function applyFont(box, { fontFamily, fontSize }) {
  box.style.fontFamily = fontFamily;
  box.style.fontSize = `${fontSize}px`;
}

/**
 * The height to keep while the widget loads, in pixels, at the content widths of the partner's page
 * on a phone and on a computer, in its font: measured on copies of the widget, once it shows its event.
 */
async function reservedHeights(element) {
  const layout = pageLayout();
  const measure = async (width) => {
    const box = el('div', { className: 'measure' });
    box.style.inlineSize = `${width}px`;
    applyFont(box, layout);
    const copy = element.cloneNode(true);
    if (element.data !== undefined) copy.data = element.data;
    box.append(copy);
    document.body.append(box);
    await loaded(copy);
    await copy.updateComplete;
    // Fonts the copy asks for (the page's own) are in before it is measured.
    await document.fonts?.ready;
    const height = copy.getBoundingClientRect().height;
    box.remove();
    return copy.eventState?.status === 'ready' ? Math.ceil(height) : undefined;
  };
  return { phone: await measure(layout.phone), wide: await measure(layout.column) };
}

/** The reserved-height rules for one widget, or '' when it cannot show its event. */
async function reservedCss(tag) {
  const { phone, wide } = await reservedHeights(buildWidget(tag, true));
  if (phone === undefined || wide === undefined) return '';
  return `/* ${text.css}: <${tag}> */\n${tag} { --ev-reserved-block-size: ${wide}px; }\n@media (max-width: 40rem) {\n  ${tag} { --ev-reserved-block-size: ${phone}px; }\n}`;
}

/** Holds the space before the script has run: an element not yet defined has no height of its own. */
const undefinedRule = (tags) => `${tags.map((tag) => `${tag}:not(:defined)`).join(',\n')} {\n  display: block;\n  min-block-size: var(--ev-reserved-block-size);\n}`;

let cssRun = 0;
async function updateCss(tags) {
  const run = ++cssRun;
  const rules = await Promise.all(tags.map(reservedCss));
  const measured = tags.filter((_, i) => rules[i]);
  if (run !== cssRun) return;
  $('css').textContent = measured.length ? [...rules.filter(Boolean), undefinedRule(measured)].join('\n') : '';
  $('css').removeAttribute('aria-busy');
}

/**
 * The JSON-LD block for the page's head, as the `structured-data` attribute would write it (the
 * same writer, dist/event-widgets-jsonld.js): the event's, or each coming date of a series.
 */
let structuredRun = 0;
async function updateStructured(embed) {
  const run = ++structuredRun;
  const shown = embed?.localName === 'ev-event' ? embed.firstElementChild : embed;
  if (shown) await loaded(shown);
  const { blocksHtml } = await import('/dist/event-widgets-jsonld.js');
  const html = shown ? blocksHtml(shown) : '';
  if (run === structuredRun) $('structured').textContent = html ?? text.structuredNone;
}

let cssTimer;
function update() {
  const embed = buildEmbed();
  applyFont($('preview'), pageLayout());
  $('preview').replaceChildren(...(embed ? [embed] : []));
  $('snippet').textContent = embed ? snippetText(embed) : '';
  $('copy-status').textContent = '';
  // Measuring renders two copies of each widget: once typing pauses, not on every key.
  clearTimeout(cssTimer);
  // Busy until the measurement of what is chosen now is in (a screen reader waits; so do the tests).
  $('css').setAttribute('aria-busy', 'true');
  cssTimer = setTimeout(() => void updateCss(chosen().map((e) => e.tagName)), 300);
  void updateWarnings(embed);
  void updateStructured(embed);
}

/** Reserved for examples (RFC 2606, RFC 6761): nobody's registration page is there. */
const isExampleHost = (host) => /(^|\.)(example|test|invalid)$|(^|\.)example\.(com|net|org)$/.test(host);
/** Reachable only on the machine the builder runs on. */
const isLocalHost = (host) => /(^|\.)localhost$|^127\.|^\[::1\]$/.test(host);

/**
 * Where the card's "Jetzt anmelden" leads, as the card decides it: its own `registration-href`,
 * else a form on the page, else the offer's page in the data; and a warning where that is no
 * page a visitor can reach.
 */
async function registerButtonNotes(card, registration) {
  const href = card.getAttribute('registration-href');
  if (!href && registration) return [text.registerToForm];
  const url = href ? absolute(href) : (await loaded(card))?.offers.find((o) => o.url)?.url;
  if (!href && card.eventState?.status !== 'ready') return [];
  if (!url) return [text.warnRegisterNone];
  const { hostname } = new URL(url);
  const warning = isExampleHost(hostname) ? text.warnRegisterExample : isLocalHost(hostname) ? text.warnRegisterLocal : undefined;
  return [fill(text.registerLeadsTo, { url }), ...(warning ? [fill(warning, { url })] : [])];
}

/** What would go wrong on the partner's page: each as a sentence an editor can act on. */
async function partnerWarnings(embed) {
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
  const registration = registrationIn(embed);
  if (registration) {
    if (!registration.getAttribute('privacy-href')) warnings.push(text.warnPrivacy);
    const service = new URL(absolute(registration.getAttribute('action')));
    if (partner && partner.origin !== service.origin) {
      // Only the page's own server is asked (no request to third parties): the reference server says whom it admits.
      const admitted = service.origin === location.origin ? await fetch('/api/allowed-origins').then((r) => (r.ok ? r.json() : undefined), () => undefined) : undefined;
      if (!admitted) warnings.push(fill(text.warnOriginUnknown, { service: service.origin, origin: partner.origin }));
      else if (!admitted.allowedOrigins.includes(partner.origin)) warnings.push(fill(text.warnOrigin, { service: service.origin, origin: partner.origin }));
    }
  }
  const card = embed?.localName === 'ev-card' ? embed : embed?.querySelector('ev-card');
  if (card) warnings.push(...(await registerButtonNotes(card, registration)));
  return warnings;
}

let warningRun = 0;
async function updateWarnings(embed) {
  const run = ++warningRun;
  const warnings = await partnerWarnings(embed);
  if (run !== warningRun) return;
  $('warnings').replaceChildren(warnings.length ? el('ul', { className: 'warnings' }, ...warnings.map((w) => el('li', { textContent: w }))) : el('p', { textContent: text.noWarnings }));
}

/** An issue as an editor reads it: where, and what, in the page's language (the English original where no translation exists). */
function issueItem(issue) {
  const words = translateIssue(issue.message, lang);
  const item = el('li', { className: issue.level });
  item.append(`${issue.level === 'error' ? text.error : text.note}: ${issue.path ? `${translatePath(issue.path, lang)}: ` : ''}`);
  item.append(words ?? el('span', { lang: 'en', textContent: issue.message }));
  return item;
}

/** An issue as one line of text, for a message that stands alone. */
const issueText = (issue) => `${issue.path ? `${translatePath(issue.path, lang)}: ` : ''}${translateIssue(issue.message, lang) ?? issue.message}`;

/**
 * The checks the widgets make, with the widgets' own German; relative links count as they would on
 * the partner's page. A programme (schedule.json, CSV, .ics) is named as such, and the problems
 * its reading found come first.
 */
async function check() {
  const out = $('check-result');
  out.textContent = text.checking;
  let json;
  // Read again: a paste whose reading is still under way (the programme reader loading) counts as it is now.
  let reading = source() === 'inline' ? await readPasted() : {};
  try {
    if (source() === 'url') {
      const url = absolute($('url').value.trim());
      json = await fetchJson(url);
      reading = await readLinked(url).catch(() => ({}));
    } else {
      if (reading.error && !reading.format) throw new EventLoadError('inline-not-json', fill(text.inlineBroken, { detail: reading.error.message }));
      json = reading.json;
    }
  } catch (error) {
    state.issues = [];
    out.replaceChildren(el('p', { textContent: text.unreadable }), el('p', { textContent: error.code === 'inline-not-json' ? error.message : `${errorMessage(error, lang)} (${error.message})` }));
    return;
  }
  await loadExtras(); // recurring dates and prices in words are read as the widgets read them
  // A programme that could not be read has no JSON-LD to check: its own problems say why.
  const { event, issues: own } = json === undefined ? { issues: [] } : normalizeEvent(json, { baseUrl: source() === 'url' ? absolute($('url').value) : location.href, portable: true });
  const issues = [...(reading.issues ?? []), ...own];
  state.issues = issues;
  const summary = event ? fill(text.ok, { name: event.name, sessions: plural(text.sessions, event.sessions.length) }) : text.cannotShow;
  out.replaceChildren(el('p', { textContent: reading.format ? `${summary} ${text.readAs[reading.format]}` : summary }));
  if (issues.length) out.append(el('p', { textContent: plural(text.notes, issues.length) }), el('ul', { className: 'issues' }, ...issues.map(issueItem)));
  void updateWarnings(buildEmbed());
}

translatePage();
renderWidgetChoices();
for (const radio of document.querySelectorAll('input[name="source"]')) {
  radio.addEventListener('change', () => {
    $('url-box').hidden = source() !== 'url';
    $('inline-box').hidden = source() !== 'inline';
    update();
  });
}
$('url').addEventListener('change', update);
let pasteRun = 0;
$('jsonld').addEventListener('input', async () => {
  const run = ++pasteRun;
  const pasted = await readPasted();
  if (run !== pasteRun) return;
  state.pasted = pasted;
  update();
});
$('partner').addEventListener('input', update);
for (const id of ['column', 'phone-column', 'font-family', 'font-size']) $(id).addEventListener('change', update);
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
copyButton($('copy-structured'), $('structured'), $('copy-structured-status'));
renderOptions();
update();
// Shown once built and translated: the checkboxes and options would otherwise push the page down as
// they arrive, and English texts replace German ones in place.
document.documentElement.dataset.builderReady = '';
