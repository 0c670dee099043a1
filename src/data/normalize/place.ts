// Where an event takes place: a Place with its address and coordinates, or a name alone.
import { asArray, isGiven, isNode, numberOf, textOf, type Node } from '../jsonld.js';
import type { Place, PostalAddress } from '../types.js';
import { describe, freeze, type Reader } from './reader.js';

/** The venue, or undefined (with a warning) for a value that is no Place. */
export function readPlace(reader: Reader, value: unknown, path: string): Place | undefined {
  if (typeof value === 'string') return { name: value.trim() };
  if (!isNode(value)) {
    reader.warn(path, `expected a Place, got ${describe(value)}; left out`);
    return undefined;
  }
  const addressValue = reader.resolve(asArray(value['address'])[0]);
  const geo = reader.resolve(value['geo']);
  const latitude = isNode(geo) ? numberOf(geo['latitude']) : undefined;
  const longitude = isNode(geo) ? numberOf(geo['longitude']) : undefined;
  const validGeo =
    latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  if (isGiven(geo) && !validGeo) reader.warn(`${path}.geo`, 'latitude/longitude are not valid coordinates; left out');
  return freeze({
    name: textOf(value['name']),
    address: isNode(addressValue) ? readAddress(addressValue) : undefined,
    addressText: typeof addressValue === 'string' ? addressValue.trim() || undefined : undefined,
    geo: validGeo ? { latitude: latitude!, longitude: longitude! } : undefined,
  });
}

export function readAddress(node: Node): PostalAddress {
  return freeze({
    street: textOf(node['streetAddress']),
    postalCode: textOf(node['postalCode']),
    locality: textOf(node['addressLocality']),
    region: textOf(node['addressRegion']),
    country: textOf(node['addressCountry']),
  });
}
