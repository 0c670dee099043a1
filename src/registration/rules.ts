/**
 * Validation of a registration, the same in the browser and on the server.
 */
import { addMessages, msg, type Lang } from '../data/i18n.js';
import { de } from '../data/messages/registration.js';
import { localText, type FieldDefinition, type FieldValue, type FieldValues } from './fields.js';

// Texts ship with the module that shows them: the registration form and the server.
// Named imports, not `* as`: a namespace object costs every partner page a bundler helper.
addMessages({ de });

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ()/.-]{5,30}$/;
/** Line separators (LF, VT, FF, CR, NEL, U+2028, U+2029): only a multi-line field may hold them; in a name they would shape the lines of a mail. */
const LINE_BREAK = /[\n\v\f\r\x85\u2028\u2029]/;

/** Whether a field is shown (and so validated and sent), given the other values. */
export function isVisible(field: FieldDefinition, values: FieldValues, fields: readonly FieldDefinition[]): boolean {
  if (!field.showIf) return true;
  const other = fields.find((f) => f.name === field.showIf!.field);
  if (!other) return true;
  const wanted = ([] as string[]).concat(field.showIf.equals as string | string[]);
  return isVisible(other, values, fields) && wanted.includes(String(values[other.name] ?? ''));
}

/**
 * The message for one field's value, or `undefined` when it is fine.
 *
 * @example validateField(emailField, 'x@', 'de') // 'Bitte geben Sie eine E-Mail-Adresse … an.'
 */
export function validateField(field: FieldDefinition, value: FieldValue | undefined, lang: Lang): string | undefined {
  const label = localText(field.label, lang);
  const own = (kind: 'required' | 'invalid') => (field.messages?.[kind] ? localText(field.messages[kind], lang) : undefined);
  if (field.type === 'checkbox') {
    if (value !== undefined && typeof value !== 'boolean') return own('invalid') ?? msg(lang, 'regInvalid', { label });
    return field.required && value !== true ? (own('required') ?? msg(lang, 'regRequiredCheckbox', { label })) : undefined;
  }
  if (value !== undefined && typeof value !== 'string') return own('invalid') ?? msg(lang, 'regInvalid', { label });
  const text = (value ?? '').trim();
  if (text === '') {
    if (!field.required) return undefined;
    return own('required') ?? msg(lang, field.type === 'select' || field.type === 'radio' ? 'regRequiredChoice' : 'regRequired', { label });
  }
  if (field.type !== 'textarea' && LINE_BREAK.test(text)) return msg(lang, 'regOneLine', { label });
  if (field.maxLength !== undefined && text.length > field.maxLength) return msg(lang, 'regTooLong', { label, max: field.maxLength });
  if (field.minLength !== undefined && text.length < field.minLength) return msg(lang, 'regTooShort', { label, min: field.minLength });
  if (field.options && !field.options.some((o) => o.value === text)) return own('invalid') ?? msg(lang, 'regInvalidChoice', { label });
  if (field.type === 'email' && !EMAIL.test(text)) return own('invalid') ?? msg(lang, 'regInvalidEmail', { label });
  if (field.type === 'tel' && !PHONE.test(text)) return own('invalid') ?? msg(lang, 'regInvalidPhone', { label });
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(text)) return own('invalid') ?? msg(lang, 'regInvalid', { label });
  return undefined;
}

export interface RegistrationCheck {
  /** Messages by field name; empty when everything is fine. */
  readonly errors: Readonly<Record<string, string>>;
  /** The values of the visible fields, text trimmed, ready to send or store. */
  readonly values: Readonly<Record<string, FieldValue>>;
}

/**
 * Validates every visible field and returns the clean values. Hidden fields
 * (a GdP number when the person is no GdP member) are neither checked nor kept;
 * unknown keys are dropped.
 */
export function validateRegistration(input: Record<string, unknown>, fields: readonly FieldDefinition[], lang: Lang): RegistrationCheck {
  const errors: Record<string, string> = {};
  const values: Record<string, FieldValue> = {};
  const current = input as FieldValues;
  for (const field of fields) {
    if (!isVisible(field, current, fields)) continue;
    const raw = input[field.name];
    const value = field.type === 'checkbox' ? (raw === undefined ? false : (raw as FieldValue)) : (raw as FieldValue | undefined);
    const error = validateField(field, value, lang);
    if (error) errors[field.name] = error;
    else if (field.type === 'checkbox') values[field.name] = value === true;
    else if (typeof value === 'string' && value.trim() !== '') values[field.name] = value.trim();
  }
  return { errors, values };
}

/** The e-mail address a registration is known by (for duplicates): the first email field, lower case. */
export function registrationEmail(values: Readonly<Record<string, FieldValue>>, fields: readonly FieldDefinition[]): string | undefined {
  const field = fields.find((f) => f.type === 'email');
  const value = field ? values[field.name] : undefined;
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

/** The shortest time a person needs to fill in the form; faster submissions are treated as bots. */
export const MIN_FILL_MS = 3000;
/** Name of the honeypot field: hidden from people, tempting to bots. */
export const HONEYPOT_FIELD = 'website';
