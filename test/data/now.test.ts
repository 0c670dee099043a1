import { expect } from '@open-wc/testing';
import { endOf, minutesUntil, pageAt, progress, roomList, roomsNow, speakersLine, staleSince } from '../../src/data/now.js';
import type { Session } from '../../src/data/types.js';

const at = (time: string) => Date.parse(`2024-11-06T${time}:00+01:00`);
const session = (name: string, from: string, to: string | undefined, room?: string, more: Partial<Session> = {}): Session => ({
  id: name,
  name,
  start: at(from),
  end: to === undefined ? undefined : at(to),
  kind: 'talk',
  performers: [],
  tracks: [],
  room,
  ...more,
});

const programme = [
  session('Registrierung', '08:30', '09:15'),
  session('Keynote', '09:15', '10:00', 'Saal 1'),
  session('Lagebild', '10:00', '10:45', 'Saal 1'),
  session('Workshop Drohnen', '10:15', '11:45', 'Saal 2'),
  session('Podium', '11:00', '12:00', 'Saal 1'),
  session('Mittagspause', '12:00', '13:00'),
  session('Forensik', '13:00', '14:00', 'Saal 2'),
];
const names = (rooms: ReturnType<typeof roomsNow>) => rooms.map((r) => [r.room, r.current?.name, r.next?.name]);

describe('the foyer screen\'s logic', () => {
  it('at 10:40: each room its running and its next session; a session without a room counts in every room', () => {
    expect(names(roomsNow(programme, at('10:40')))).to.deep.equal([
      ['Saal 1', 'Lagebild', 'Podium'],
      ['Saal 2', 'Workshop Drohnen', 'Mittagspause'],
    ]);
    expect(names(roomsNow(programme, at('08:45'))), 'the registration concerns everyone').to.deep.equal([
      ['Saal 1', 'Registrierung', 'Keynote'],
      ['Saal 2', 'Registrierung', 'Workshop Drohnen'],
    ]);
  });

  it('between sessions the next one; after the last nothing; before the first the first', () => {
    expect(names(roomsNow(programme, at('10:50')))[0]).to.deep.equal(['Saal 1', undefined, 'Podium']);
    expect(names(roomsNow(programme, at('14:30')))).to.deep.equal([
      ['Saal 1', undefined, undefined],
      ['Saal 2', undefined, undefined],
    ]);
    expect(names(roomsNow(programme, at('07:00')))[1]).to.deep.equal(['Saal 2', undefined, 'Registrierung']);
  });

  it('limits to the rooms asked for, in their order, without case, keeping a room the programme does not name', () => {
    expect(roomList(' saal 2 , Saal 1,, ')).to.deep.equal(['saal 2', 'Saal 1']);
    expect(names(roomsNow(programme, at('10:40'), roomList('saal 2, Foyer')))).to.deep.equal([
      ['Saal 2', 'Workshop Drohnen', 'Mittagspause'],
      ['Foyer', undefined, 'Mittagspause'],
    ]);
  });

  it('a programme without rooms is one room; a session without an end lasts until the next, at most an hour', () => {
    const open = [session('Begrüßung', '09:00', undefined), session('Vortrag', '09:20', undefined), session('Empfang', '17:00', undefined)];
    expect(names(roomsNow(open, at('09:10')))).to.deep.equal([['', 'Begrüßung', 'Vortrag']]);
    expect(endOf(open[1], open[2])).to.equal(at('10:20'));
    expect(names(roomsNow(open, at('10:30')))).to.deep.equal([['', undefined, 'Empfang']]);
  });

  it('of two overlapping sessions in one room, the later start runs', () => {
    const overlapping = [session('Lang', '09:00', '12:00', 'Saal 1'), session('Kurz', '10:00', '10:30', 'Saal 1')];
    expect(names(roomsNow(overlapping, at('10:10')))).to.deep.equal([['Saal 1', 'Kurz', undefined]]);
    expect(names(roomsNow(overlapping, at('10:40')))).to.deep.equal([['Saal 1', 'Lang', undefined]]);
  });

  it('counts minutes up, progress from 0 to 1, and turns pages in step with the wall clock', () => {
    expect(minutesUntil(at('10:45'), at('10:25'))).to.equal(20);
    expect(minutesUntil(at('10:45'), at('10:44') + 30_000)).to.equal(1);
    expect(minutesUntil(at('10:45'), at('10:46'))).to.equal(0);
    expect(progress(at('10:00'), at('10:45'), at('10:15'))).to.be.closeTo(1 / 3, 1e-9);
    expect(progress(at('10:00'), at('10:45'), at('11:00'))).to.equal(1);
    const rooms = ['A', 'B', 'C', 'D', 'E', 'F'];
    const t = 1_800_000_000_000; // a multiple of 12 s
    expect(pageAt(rooms, 4, 12_000, t)).to.deep.equal({ rooms: ['A', 'B', 'C', 'D'], page: 0, pages: 2 });
    expect(pageAt(rooms, 4, 12_000, t + 12_000)).to.deep.equal({ rooms: ['E', 'F'], page: 1, pages: 2 });
    expect(pageAt(rooms, 4, 12_000, t + 24_000).page).to.equal(0);
    expect(pageAt(['A'], 4, 12_000, t + 12_000)).to.deep.equal({ rooms: ['A'], page: 0, pages: 1 });
  });

  it('says how old the programme is only while checks fail and a minute after the last answer', () => {
    const t = at('10:40');
    expect(staleSince(undefined, t + 120_000)).to.equal(undefined);
    expect(staleSince({ failing: false, answeredAt: t }, t + 120_000), 'answering').to.equal(undefined);
    expect(staleSince({ failing: true, answeredAt: t }, t + 59_999), 'within the minute').to.equal(undefined);
    expect(staleSince({ failing: true, answeredAt: t }, t + 60_000)).to.equal(t);
    expect(staleSince({ failing: true }, t), 'never answered: the load shows its own error').to.equal(undefined);
  });

  it('writes the speakers in one line, each with the organisation where known', () => {
    const talk = session('Lagebild', '10:00', '10:45', 'Saal 1', {
      performers: [
        { kind: 'person', name: 'Jan Weber', affiliation: 'Landeskriminalamt' },
        { kind: 'person', name: 'Eva Roth' },
      ],
    });
    expect(speakersLine(talk)).to.equal('Jan Weber (Landeskriminalamt) · Eva Roth');
    expect(speakersLine(session('Pause', '10:45', '11:00'))).to.equal('');
  });
});
