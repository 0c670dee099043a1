/**
 * The registration form's fields as data: the default set for these
 * conferences, and what a page may configure instead. Pure, shared by the
 * element and the reference server (which must never trust the browser).
 */
import type { Lang } from '../data/i18n.js';
import { warnOnce } from '../data/warn.js';

export const FIELD_TYPES = ['text', 'email', 'tel', 'select', 'radio', 'checkbox', 'textarea'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Text in German, optionally in English too; a plain string serves both. */
export type LocalText = string | { readonly de: string; readonly en?: string };

export interface FieldOption {
  readonly value: string;
  readonly label: LocalText;
}

export interface FieldDefinition {
  /** Key in the submitted JSON; also the basis of the element's id. */
  readonly name: string;
  readonly type: FieldType;
  readonly label: LocalText;
  /** Shown under the label and linked with `aria-describedby`. */
  readonly hint?: LocalText;
  readonly required?: boolean;
  /** An HTML autocomplete token (`given-name`, `email`, ...). */
  readonly autocomplete?: string;
  /** A regular expression the whole value must match (text fields). */
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** For select and radio. */
  readonly options?: readonly FieldOption[];
  /** Show (and require) the field only while another field has one of these values. */
  readonly showIf?: { readonly field: string; readonly equals: string | readonly string[] };
  /** Replaces the standard messages for this field. */
  readonly messages?: { readonly required?: LocalText; readonly invalid?: LocalText };
  /** Marks the consent checkbox: the privacy link and the consent text's version go with it. */
  readonly consent?: boolean;
  /**
   * Marks a checkbox that asks for the newsletter: ticked, the reference server sends a mail whose
   * link the person must confirm (double opt-in) before the export counts the consent.
   */
  readonly newsletter?: boolean;
}

/** Value of a field as submitted: text, or a checkbox's state. */
export type FieldValue = string | boolean;
export type FieldValues = Readonly<Record<string, FieldValue>>;

export function localText(text: LocalText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.de;
}

const both = (de: string, en: string): LocalText => ({ de, en });

/** The fields of a Polizeitage registration. */
export const DEFAULT_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'salutation',
    type: 'select',
    label: both('Anrede', 'Salutation'),
    autocomplete: 'honorific-prefix',
    options: [
      { value: 'frau', label: both('Frau', 'Ms') },
      { value: 'herr', label: both('Herr', 'Mr') },
      { value: 'divers', label: both('divers', 'diverse') },
      { value: 'keine-angabe', label: both('keine Angabe', 'prefer not to say') },
    ],
  },
  { name: 'title', type: 'text', label: both('Titel', 'Title'), hint: both('z. B. Dr.', 'e.g. Dr'), maxLength: 40 },
  { name: 'givenName', type: 'text', label: both('Vorname', 'First name'), required: true, autocomplete: 'given-name', maxLength: 100 },
  { name: 'familyName', type: 'text', label: both('Nachname', 'Last name'), required: true, autocomplete: 'family-name', maxLength: 100 },
  { name: 'organization', type: 'text', label: both('Behörde/Organisation', 'Authority/organisation'), required: true, autocomplete: 'organization', maxLength: 200 },
  { name: 'jobTitle', type: 'text', label: both('Funktion', 'Position'), autocomplete: 'organization-title', maxLength: 200 },
  { name: 'email', type: 'email', label: both('E-Mail', 'Email'), required: true, autocomplete: 'email', maxLength: 254, hint: both('Unter dieser Adresse erreichen wir Sie zur Veranstaltung.', 'We use this address to contact you about the event.') },
  { name: 'phone', type: 'tel', label: both('Telefon', 'Phone'), autocomplete: 'tel', maxLength: 30 },
  {
    name: 'group',
    type: 'radio',
    label: both('Teilnehmergruppe', 'Participant group'),
    required: true,
    options: [
      { value: 'behoerde', label: both('Behörde/öffentliche Verwaltung', 'Authority/public administration') },
      { value: 'unternehmen', label: both('Unternehmen', 'Company') },
      { value: 'gdp', label: both('GdP-Mitglied', 'GdP member') },
      { value: 'presse', label: both('Presse', 'Press') },
    ],
  },
  {
    name: 'gdpNumber',
    type: 'text',
    label: both('GdP-Mitgliedsnummer', 'GdP membership number'),
    required: true,
    pattern: '[0-9A-Za-z /-]{3,20}',
    showIf: { field: 'group', equals: 'gdp' },
    messages: { invalid: both('Bitte geben Sie Ihre Mitgliedsnummer an, wie sie auf Ihrem Mitgliedsausweis steht.', 'Please enter your membership number as it appears on your card.') },
  },
  { name: 'remarks', type: 'textarea', label: both('Bemerkungen', 'Remarks'), maxLength: 1000 },
  {
    name: 'consent',
    type: 'checkbox',
    consent: true,
    required: true,
    label: both(
      'Ich willige ein, dass meine Angaben zur Durchführung der Veranstaltung verarbeitet werden.',
      'I agree that my details are processed to run the event.',
    ),
    messages: { required: both('Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu, sonst können wir Sie nicht anmelden.', 'Please agree to the processing of your details; we cannot register you otherwise.') },
  },
  {
    name: 'newsletter',
    type: 'checkbox',
    newsletter: true,
    label: both('Ich möchte über künftige Veranstaltungen per E-Mail informiert werden (freiwillig).', 'I would like to hear about future events by email (optional).'),
  },
];

/**
 * Checks a page's field configuration. Fields of an unknown type, without a
 * name, or with options missing are left out with a message for the page's
 * developer; the rest of the form still works.
 */
export function checkFields(input: unknown): { fields: FieldDefinition[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(input)) return { fields: [...DEFAULT_FIELDS], problems: ['fields: expected an array of field definitions; the default fields are used'] };
  const names = new Set<string>();
  const fields = input.filter((raw, i): raw is FieldDefinition => {
    const f = raw as Partial<FieldDefinition> | null;
    const where = `fields[${i}]${f && typeof f.name === 'string' ? ` ("${f.name}")` : ''}`;
    if (!f || typeof f !== 'object') return !problems.push(`${where}: not an object; left out`);
    if (typeof f.name !== 'string' || !/^[A-Za-z][\w-]*$/.test(f.name)) return !problems.push(`${where}: needs a name of letters, digits, - or _; left out`);
    if (names.has(f.name)) return !problems.push(`${where}: the name is used twice; left out`);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type as string)) {
      return !problems.push(`${where}: type "${String(f.type)}" is not one of ${FIELD_TYPES.join(', ')}; left out`);
    }
    if (!f.label) return !problems.push(`${where}: needs a label; left out`);
    if ((f.type === 'select' || f.type === 'radio') && !(Array.isArray(f.options) && f.options.length > 0)) {
      return !problems.push(`${where}: a ${f.type} needs options; left out`);
    }
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern, 'u');
      } catch {
        return !problems.push(`${where}: pattern is not a valid regular expression; left out`);
      }
    }
    names.add(f.name);
    return true;
  });
  for (const f of fields) {
    if (f.showIf && !names.has(f.showIf.field)) problems.push(`field "${f.name}": showIf names the unknown field "${f.showIf.field}"; it is always shown`);
  }
  return { fields, problems };
}

/** The form's fields from `input`, checked (each problem warned once, naming `tag`); the default ones when none is usable. */
export function usableFields(input: unknown, tag: string): readonly FieldDefinition[] {
  const { fields, problems } = checkFields(input);
  for (const problem of problems) warnOnce(`<${tag}> ${problem}`);
  return fields.length > 0 ? fields : DEFAULT_FIELDS;
}

/** The fields of a form's child `<script type="application/json">`; the default ones without one, or when it is not JSON (warned). */
export function fieldsFromScript(form: HTMLElement): readonly FieldDefinition[] {
  const script = form.querySelector(':scope > script[type="application/json"]');
  if (!script) return DEFAULT_FIELDS;
  try {
    return usableFields(JSON.parse(script.textContent ?? ''), form.localName);
  } catch (error) {
    warnOnce(`<${form.localName}>: the fields <script type="application/json"> is not valid JSON (${(error as Error).message}); the default fields are used.`);
    return DEFAULT_FIELDS;
  }
}
