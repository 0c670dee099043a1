import { expect } from '@open-wc/testing';
import { de } from '../../src/data/messages/de.js';
import { en } from '../../src/data/messages/en.js';
import { msg, setMessages, toLang } from '../../src/data/i18n.js';

describe('i18n', () => {
  it('has every German text in English too, none empty', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
    for (const text of [...Object.values(de), ...Object.values(en)]) expect(text.trim()).not.to.equal('');
  });
  it('picks the language from a BCP 47 tag, German by default', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('fr')).to.equal('de');
    expect(toLang(undefined)).to.equal('de');
  });
  it('fills placeholders', () => {
    expect(msg('en', 'errorHttp', { status: 404 })).to.equal('The server did not deliver the event details (error 404).');
  });
  it('lets a page override single strings', () => {
    setMessages('de', { retry: 'Nochmal laden' });
    expect(msg('de', 'retry')).to.equal('Nochmal laden');
    expect(msg('en', 'retry')).to.equal('Try again');
    setMessages('de', { retry: de.retry });
  });
});
