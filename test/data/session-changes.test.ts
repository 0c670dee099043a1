import { expect } from '@open-wc/testing';
import { ChangeTracker, changeOf, changesBetween, fingerprint, fingerprintsOf, sessionKeys, textHash, type FingerprintStore } from '../../src/data/session-changes.js';
import type { Session } from '../../src/data/types.js';

const at = (time: string) => Date.parse(`2024-11-06T${time}:00+01:00`);

function session(name: string, start: string, more: Partial<Session> = {}): Session {
  return { id: `https://polizeitage.example/s/${name.toLowerCase().replace(/\W+/g, '-')}`, name, start: at(start), end: at(start) + 30 * 60_000, kind: 'talk', performers: [], tracks: [], room: 'Saal 1', ...more };
}

/** A session without `@id`: its id is made from its start and name, as the reader makes it. */
function unnamed(name: string, start: string, more: Partial<Session> = {}): Session {
  return { ...session(name, start, more), id: `${new Date(at(start)).toISOString()}-${name.toLowerCase()}` };
}

const memory = (): FingerprintStore & { value?: unknown } => ({ read() { return this.value; }, write(v) { this.value = v; } });

const programme = [
  session('Begrüßung', '09:00'),
  session('Keynote', '09:30', { performers: [{ kind: 'person', name: 'Dr. Anna Schmidt' }] }),
  session('Lagebild Cybercrime', '10:30', { room: 'Saal 2' }),
  session('Drohnenabwehr', '11:30'),
];

describe('session changes', () => {
  it('names each kind of change, the worst first', () => {
    const before = fingerprint(programme[1]);
    expect(changeOf(before, before)).to.equal(undefined);
    expect(changeOf(undefined, before)).to.equal('new');
    expect(changeOf(before, fingerprint({ ...programme[1], start: at('14:00'), end: at('14:30') }))).to.equal('moved');
    expect(changeOf(before, fingerprint({ ...programme[1], end: at('10:15') })), 'a new end moves it too').to.equal('moved');
    expect(changeOf(before, fingerprint({ ...programme[1], room: 'Saal 3' }))).to.equal('room');
    expect(changeOf(before, fingerprint({ ...programme[1], status: 'cancelled', room: 'Saal 3' })), 'cancelled outranks a new room').to.equal('cancelled');
    expect(changeOf(before, fingerprint({ ...programme[1], status: 'moved-online' }))).to.equal('changed');
    expect(changeOf(before, fingerprint({ ...programme[1], name: 'Keynote: Lage 2025' }))).to.equal('changed');
    expect(changeOf(before, fingerprint({ ...programme[1], performers: [{ kind: 'person', name: 'Jan Weber' }] })), 'another speaker').to.equal('changed');
    expect(changeOf(before, fingerprint({ ...programme[1], description: 'Neu beschrieben' })), 'a description is not tracked').to.equal(undefined);
  });

  it('keeps titles and speakers as a hash, not as text', () => {
    const stored = JSON.stringify(fingerprintsOf(programme));
    expect(stored).not.to.contain('Anna Schmidt');
    expect(stored).not.to.contain('Cybercrime');
    expect(textHash('Keynote')).to.equal(textHash('Keynote'));
    expect(textHash('Keynote')).not.to.equal(textHash('Keynote '));
  });

  it('keys sessions by @id, else URL, else name and place among those of that name, so a move is a move', () => {
    const pause1 = unnamed('Kaffeepause', '10:00');
    const pause2 = unnamed('Kaffeepause', '15:00');
    const linked = unnamed('Workshop', '13:00', { url: 'https://polizeitage.example/workshop' });
    expect(sessionKeys([programme[0], pause1, linked, pause2])).to.deep.equal([programme[0].id, 'Kaffeepause#1', 'https://polizeitage.example/workshop', 'Kaffeepause#2']);
    const before = fingerprintsOf([pause1, linked, pause2]);
    const moved = [unnamed('Kaffeepause', '10:15'), unnamed('Workshop', '14:00', { url: linked.url }), pause2];
    const changes = changesBetween(before, moved);
    expect([...changes.values()]).to.deep.equal(['moved', 'moved']);
    expect(changes.get(moved[0].id)).to.equal('moved');
  });

  it('marks nothing on a first visit, and what changed since on the next', () => {
    const store = memory();
    const first = new ChangeTracker(store);
    expect(first.see(programme)).to.equal(0);
    expect(first.marks.size).to.equal(0);
    expect(first.sinceLastVisit).to.equal(false);

    const next = [programme[0], { ...programme[1], start: at('15:00'), end: at('15:45') }, { ...programme[2], room: 'Saal 4' }, { ...programme[3], status: 'cancelled' as const }, session('Podium', '16:00')];
    const second = new ChangeTracker(store);
    expect(second.see(next), 'not announced: it was there before the page opened').to.equal(0);
    expect(Object.fromEntries(second.marks)).to.deep.equal({ [programme[1].id]: 'moved', [programme[2].id]: 'room', [programme[3].id]: 'cancelled', [next[4].id]: 'new' });
    expect(second.sinceLastVisit).to.equal(true);

    const third = new ChangeTracker(store);
    third.see(next);
    expect(third.marks.size, 'the visit after sees nothing new').to.equal(0);
  });

  it('adds what a refresh changes while the page is open, and counts it for the announcement', () => {
    const tracker = new ChangeTracker(memory());
    tracker.see(programme);
    expect(tracker.see(programme), 'an unchanged version').to.equal(0);
    const refreshed = [programme[0], programme[1], { ...programme[2], room: 'Saal 4' }, { ...programme[3], start: at('12:00'), end: at('12:30') }];
    expect(tracker.see(refreshed)).to.equal(2);
    expect(tracker.sinceLastVisit).to.equal(false);
    expect(Object.fromEntries(tracker.marks)).to.deep.equal({ [programme[2].id]: 'room', [programme[3].id]: 'moved' });
    // A later change of the same session replaces its mark; a session that is gone loses it.
    const again = [programme[0], programme[1], { ...programme[2], room: 'Saal 4', status: 'cancelled' as const }];
    expect(tracker.see(again)).to.equal(1);
    expect(Object.fromEntries(tracker.marks)).to.deep.equal({ [programme[2].id]: 'cancelled' });
  });

  it('sums up on the next visit what changed while the page was open, once', () => {
    const store = memory();
    const first = new ChangeTracker(store);
    first.see(programme);
    const refreshed = [programme[0], programme[1], { ...programme[2], room: 'Saal 4' }, programme[3]];
    expect(first.see(refreshed)).to.equal(1);
    const next = new ChangeTracker(store);
    next.see(refreshed);
    expect(next.sinceLastVisit).to.equal(true);
    expect(Object.fromEntries(next.marks)).to.deep.equal({ [programme[2].id]: 'room' });
    const after = new ChangeTracker(store);
    after.see(refreshed);
    expect(after.marks.size).to.equal(0);
  });

  it('works without storage and ignores what it cannot read', () => {
    const broken: FingerprintStore = { read: () => ({ x: 'not a fingerprint' }), write: () => undefined };
    const tracker = new ChangeTracker(broken);
    expect(tracker.see(programme)).to.equal(0);
    expect(tracker.marks.size).to.equal(0);
    expect(tracker.see([programme[0]])).to.equal(0);
    expect(tracker.see(programme)).to.equal(3);
  });
});
