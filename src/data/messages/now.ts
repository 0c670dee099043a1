/**
 * Texts of <ev-now>, the foyer screen: German. The element's module adds these and the English ones
 * itself (en/now.ts): only foyer screens load it, so no other page carries them.
 */
export const de = {
  nowLabel: 'Jetzt',
  nowNext: 'Danach',
  nowFrom: 'ab {time}',
  nowRemaining: 'noch {count} Minuten',
  nowRemainingOne: 'noch 1 Minute',
  nowStartsIn: 'in {count} Minuten',
  nowStartsInOne: 'in 1 Minute',
  nowNothingLeft: 'Keine weiteren Programmpunkte',
  nowStale: 'Stand: {time}',
  nowPage: 'Seite {page} von {pages}',
  nowQr: 'QR-Code zur Seite von: {name}',
  nowProgramme: 'Programm',
  nowScreen: 'Jetzt und als Nächstes: {name}',
};
