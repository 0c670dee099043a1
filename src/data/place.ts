import type { Place } from './types.js';

/** The venue as lines to show or join: name, street, "postcode town". Country codes are left out. */
export function placeLines(place: Place | undefined): string[] {
  if (!place) return [];
  const a = place.address;
  const town = [a?.postalCode, a?.locality].filter(Boolean).join(' ');
  const address = a ? [a.street, town].filter((v): v is string => !!v) : [];
  const text = place.addressText ? [place.addressText] : [];
  return [place.name, ...address, ...text].filter((v): v is string => !!v && v.trim() !== '');
}

/**
 * A plain link to the venue on OpenStreetMap: a pin at the coordinates, else a
 * search for the address. It is only a link: nothing is loaded until a person follows it.
 */
export function openStreetMapUrl(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  if (place.geo) {
    const { latitude: lat, longitude: lon } = place.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const query = placeLines({ ...place, name: place.address || place.addressText ? undefined : place.name }).join(', ');
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}
