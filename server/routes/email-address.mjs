// E-mail addresses as the server knows them: one spelling per address, look-alikes refused.

/** No spaces, controls, invisible characters, or the characters RFC 5322 reserves (`<>()[]\,;:"`). */
const PART = '[^\\s@<>()[\\]\\\\,;:"\\p{Cc}\\p{Cf}.]+';
const ADDRESS = new RegExp(`^${PART}(?:\\.${PART})*@${PART}(?:\\.${PART})+$`, 'u');

/**
 * The one spelling of an address, or undefined when it is none a person can own: Unicode NFKC
 * (fullwidth ｅ is e, a decomposed ü is ü), lower case, the domain in ASCII (IDNA). Latin mixed
 * with Cyrillic or Greek ("jеns" with a Cyrillic е) is a look-alike of another address, never
 * a real one.
 *
 * @example canonicalEmail('JU\u0308RGEN@Bücher.example') // 'jürgen@xn--bcher-kva.example'
 */
export function canonicalEmail(value) {
  const text = String(value).trim().normalize('NFKC').toLowerCase();
  if (!ADDRESS.test(text)) return undefined;
  if (/\p{Script=Latin}/u.test(text) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  try {
    return `${text.slice(0, at)}@${new URL(`http://${text.slice(at + 1)}`).hostname}`;
  } catch {
    return undefined;
  }
}
