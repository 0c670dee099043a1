import { expect } from '@open-wc/testing';
import { normalizeEvent } from '../../src/data/normalize.js';
import { applyOverrides } from '../../src/data/overrides.js';

const base = normalizeEvent({ '@type': 'Event', name: 'Tagung', startDate: '2024-11-06T09:00', endDate: '2024-11-06T17:00', location: { '@type': 'Place', name: 'Saal' } }).event!;

describe('applyOverrides', () => {
  it('returns the data unchanged when no attribute is set', () => {
    expect(applyOverrides(base, {}).event).to.equal(base);
  });
  it('builds an event from attributes alone', () => {
    const { event, issues } = applyOverrides(undefined, { name: 'Polizeitage', start: '2024-11-06T09:00', end: '2024-11-06T17:00', location: 'Grand Elysée', address: 'Rothenbaumchaussee 10, 20148 Hamburg' });
    expect(issues).to.deep.equal([]);
    expect(event).to.deep.include({ name: 'Polizeitage', start: Date.parse('2024-11-06T08:00:00Z'), status: 'scheduled', timeZone: 'Europe/Berlin' });
    expect(event?.place).to.deep.equal({ name: 'Grand Elysée', addressText: 'Rothenbaumchaussee 10, 20148 Hamburg', address: undefined });
  });
  it('replaces single fields and keeps the rest', () => {
    const { event } = applyOverrides(base, { name: 'Neuer Name', status: 'cancelled' });
    expect(event?.name).to.equal('Neuer Name');
    expect(event?.status).to.equal('cancelled');
    expect(event?.end).to.equal(base.end);
    expect(event?.place?.name).to.equal('Saal');
  });
  it('moves the end with a new start, keeping the duration', () => {
    const { event } = applyOverrides(base, { start: '2024-11-07T10:00' });
    expect(event!.end! - event!.start).to.equal(base.end! - base.start);
  });
  it('reads times in the time-zone attribute', () => {
    const { event } = applyOverrides(undefined, { name: 'x', start: '2024-11-06T09:00', timeZone: 'America/New_York' });
    expect(new Date(event!.start).toISOString()).to.equal('2024-11-06T14:00:00.000Z');
    expect(event?.timeZone).to.equal('America/New_York');
  });
  it('reports bad attributes', () => {
    const { event, issues } = applyOverrides(undefined, { name: 'x', start: 'morgen' });
    expect(event).to.equal(undefined);
    expect(issues[0]).to.deep.include({ level: 'error', path: '@start' });
    const bad = applyOverrides(base, { url: 'javascript:alert(1)', status: 'abgesagt', timeZone: 'Nowhere' });
    expect(bad.event?.url).to.equal(undefined);
    expect(bad.issues.map((i) => i.path)).to.deep.equal(['@time-zone', '@status', '@url']);
  });
  it('asks for name and start when there is no data', () => {
    const { issues } = applyOverrides(undefined, { location: 'Saal' });
    expect(issues.map((i) => i.path)).to.deep.equal(['@name', '@start']);
  });
});

