import { expect } from '@open-wc/testing';
import { formatCompact, formatRemaining, remainingTime, unitLabel } from '../../src/data/countdown.js';
import { formatTimeRange } from '../../src/data/format.js';

const BERLIN = 'Europe/Berlin';
const t = Date.parse;
const parts = (now: string, target: string) => {
  const { days, hours, minutes, seconds } = remainingTime(t(now), t(target), BERLIN);
  return [days, hours, minutes, seconds];
};

describe('countdown math', () => {
  const cases: [string, string, string, number[]][] = [
    ['one day and a half hour', '2024-11-05T09:00:00+01:00', '2024-11-06T09:30:00+01:00', [1, 0, 30, 0]],
    ['seconds round up', '2024-11-06T08:59:59.200+01:00', '2024-11-06T09:00:00+01:00', [0, 0, 0, 1]],
    ['exactly at the target', '2024-11-06T09:00:00+01:00', '2024-11-06T09:00:00+01:00', [0, 0, 0, 0]],
    ['past the target, never negative', '2024-11-06T10:00:00+01:00', '2024-11-06T09:00:00+01:00', [0, 0, 0, 0]],
    ['over the spring change: a 23-hour day is one day', '2024-03-30T09:00:00+01:00', '2024-03-31T09:00:00+02:00', [1, 0, 0, 0]],
    ['over the autumn change: a 25-hour day is one day', '2024-10-26T09:00:00+02:00', '2024-10-27T09:00:00+01:00', [1, 0, 0, 0]],
    ['a week over the autumn change', '2024-10-24T12:00:00+02:00', '2024-10-31T13:15:00+01:00', [7, 1, 15, 0]],
    ['late evening to the next morning is hours, not a day', '2024-11-05T22:00:00+01:00', '2024-11-06T09:00:00+01:00', [0, 11, 0, 0]],
  ];
  for (const [label, now, target, expected] of cases) {
    it(label, () => expect(parts(now, target)).to.deep.equal(expected));
  }

  it('writes plurals the way each language does', () => {
    expect(formatRemaining({ days: 1, hours: 2, minutes: 0, seconds: 5, total: 1 }, 'de')).to.equal('1 Tag und 2 Stunden');
    expect(formatRemaining({ days: 3, hours: 4, minutes: 5, seconds: 0, total: 1 }, 'de')).to.equal('3 Tage, 4 Stunden und 5 Minuten');
    expect(formatRemaining({ days: 0, hours: 1, minutes: 1, seconds: 1, total: 1 }, 'en')).to.equal('1 hour and 1 minute');
    expect(formatRemaining({ days: 0, hours: 0, minutes: 0, seconds: 0, total: 0 }, 'de')).to.equal('0 Minuten');
    expect(unitLabel(1, 'day', 'de')).to.equal('Tag');
    expect(unitLabel(2, 'day', 'de')).to.equal('Tage');
    expect(unitLabel(2, 'minute', 'en')).to.equal('minutes');
  });

  describe('compact phrase', () => {
    const clock = (lang: 'de' | 'en') => (ms: number) => (lang === 'de' ? `um ${formatTimeRange(ms, undefined, BERLIN, 'de')}` : `at ${formatTimeRange(ms, undefined, BERLIN, 'en')}`);
    const start = t('2024-11-06T09:00:00+01:00');
    const compactCases: [string, 'de' | 'en', string][] = [
      ['2024-11-03T20:00:00+01:00', 'de', 'in 3 Tagen'],
      ['2024-11-03T20:00:00+01:00', 'en', 'in 3 days'],
      ['2024-11-05T23:30:00+01:00', 'de', 'morgen um 09:00 Uhr'],
      ['2024-11-05T23:30:00+01:00', 'en', 'tomorrow at 09:00'],
      ['2024-11-06T06:00:00+01:00', 'de', 'heute um 09:00 Uhr'],
      ['2024-11-06T08:35:00+01:00', 'de', 'in 25 Minuten'],
      ['2024-11-06T08:59:30+01:00', 'de', 'in 1 Minute'],
    ];
    for (const [now, lang, expected] of compactCases) {
      it(`${lang} at ${now}: ${expected}`, () => expect(formatCompact(t(now), start, BERLIN, lang, clock(lang))).to.equal(expected));
    }
  });
});
