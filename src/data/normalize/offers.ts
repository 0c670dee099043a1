// Offers: price (a number, or text such as "13,00 €" through the extras module), availability and
// the registration window.
import { asArray, isGiven, isNode, numberOf, textOf, typesOf } from '../jsonld.js';
import { startOfNextDay } from '../time.js';
import type { Offer } from '../types.js';
import { extrasOf } from './extras-option.js';
import { describe, enumValue, freeze, readDate, type Reader, readUrl } from './reader.js';
import { AVAILABILITY_TERMS } from './terms.js';

/** An Offer (an AggregateOffer's offers each), or nothing with a warning for a value that is none. */
export function readOffers(reader: Reader, value: unknown, path: string): Offer[] {
  if (!isNode(value)) {
    reader.warn(path, `expected an Offer, got ${describe(value)}; left out`);
    return [];
  }
  if (typesOf(value).includes('AggregateOffer') && isGiven(value['offers'])) {
    return asArray(value['offers']).flatMap((o, i) => readOffers(reader, reader.resolve(o), `${path}.offers[${i}]`));
  }
  const validThrough = readDate(reader, value['validThrough'], `${path}.validThrough`);
  // Prices as text ("13,00 €") are read by src/data/extras.ts, which the data path loads for them.
  const currency = textOf(value['priceCurrency']);
  const given = isGiven(value['price']) ? (extrasOf(reader.options)?.readPrice ?? plainPrice)(value['price'], currency) : undefined;
  const price = given?.amount;
  if (given?.problem || (isGiven(value['price']) && !(price! >= 0))) {
    reader.warn(`${path}.price`, `${describe(value['price'])} ${given?.problem ?? 'is not a price; left out'}`);
  }
  return [
    freeze({
      name: textOf(value['name']),
      price: price! >= 0 ? price : undefined,
      currency: currency ?? given?.currency,
      availability: enumValue(reader, value['availability'], AVAILABILITY_TERMS, `${path}.availability`),
      validFrom: readDate(reader, value['validFrom'], `${path}.validFrom`)?.ms,
      // A date alone means "until the end of that day".
      validThrough: validThrough && (validThrough.dateOnly ? startOfNextDay(validThrough.ms, reader.zone) : validThrough.ms),
      url: readUrl(reader, value['url'], `${path}.url`),
    }),
  ];
}

/** A price as a number, or a numeric string: what is read while src/data/extras.ts is not loaded. */
function plainPrice(value: unknown): { amount: number; currency?: string; problem?: string } | undefined {
  const amount = numberOf(value);
  return amount === undefined ? undefined : { amount };
}
