import { asArray } from './jsonld.js';

/** Currency signs read as a currency where `priceCurrency` is missing ("$" as US dollars). */
const SIGNS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

/**
 * A price as publishers write it: a number, "13.00", "13,00 €", "$13.00", "EUR 1.234,50",
 * "1 234,50 €". Decimals after a point or a comma; groups of thousands with the other sign, a
 * space or an apostrophe. `undefined` for what is no price. `problem` says, for the console, what
 * is wrong with one that is read: a number that could be read two ways ("1.000": one thousand, or
 * one?) is left out (`amount` NaN); a sign that contradicts `priceCurrency` gives way to it.
 *
 * @example readPrice('13,00 €') // { amount: 13, currency: 'EUR' }
 */
export function readPrice(value: unknown, priceCurrency?: string): { amount: number; currency?: string; problem?: string } | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'number') return Number.isFinite(first) && first >= 0 ? { amount: first } : undefined;
  const match = typeof first === 'string' && /^([A-Z]{3}|[€$£])?\s*([\d.,'\s]*\d)\s*([A-Z]{3}|[€$£])?$/.exec(first.trim());
  if (!match || (match[1] && match[3])) return undefined;
  const sign = match[1] ?? match[3];
  const currency = sign && (SIGNS[sign] ?? sign);
  const digits = match[2].replace(/['\s]/g, '');
  const signs = digits.replace(/\d/g, '');
  const last = signs.at(-1);
  // The last point or comma is the decimal sign when it is there once; the other one groups thousands.
  const at = last && signs.indexOf(last) === signs.length - 1 ? digits.lastIndexOf(last) : -1;
  const whole = at < 0 ? digits : digits.slice(0, at);
  const fraction = at < 0 ? '' : digits.slice(at + 1);
  if (!/^\d+$|^\d{1,3}([.,]\d{3})+$/.test(whole) || new Set(whole.replace(/\d/g, '')).size > 1) return undefined;
  if (signs.length === 1 && fraction.length === 3 && !/['\s]/.test(match[2])) {
    return { amount: NaN, problem: 'can be read two ways (1.000: one thousand, or one?); write "1000" or "1.00"; left out' };
  }
  const amount = Number(`${whole.replace(/\D/g, '')}.${fraction}`);
  if (priceCurrency && currency && currency !== priceCurrency) return { amount, currency: priceCurrency, problem: `names ${currency}, priceCurrency ${priceCurrency}; ${priceCurrency} is used` };
  return { amount, currency };
}
