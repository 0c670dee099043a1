import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url.js';

describe('safeUrl', () => {
  for (const ok of ['https://example.org/a', 'http://example.org', 'mailto:info@example.org', 'tel:+4940123']) {
    it(`keeps ${ok}`, () => expect(safeUrl(ok)).to.be.a('string'));
  }
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', '', 42]) {
    it(`drops ${JSON.stringify(bad)}`, () => expect(safeUrl(bad)).to.equal(undefined));
  }
  it('resolves relative links against the data file', () => {
    expect(safeUrl('#anmeldung', 'https://example.org/events/a.json')).to.equal('https://example.org/events/a.json#anmeldung');
    expect(safeUrl('/x', 'https://example.org/events/a.json')).to.equal('https://example.org/x');
  });
});
