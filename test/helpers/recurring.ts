/** A monthly online hour (schema.org eventSchedule) from September 2026: the first Wednesday, 10:00–11:00 in Berlin. */
export const MONTHLY_OFFICE_HOUR = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'https://polizeitage.example/digital-monatlich',
  name: 'Digitaler Polizeitag: Sprechstunde',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: 'https://polizeitage.example/stream' },
  eventSchedule: {
    '@type': 'Schedule',
    repeatFrequency: 'P1M',
    byDay: 'https://schema.org/Wednesday',
    byMonthWeek: 1,
    startTime: '10:00',
    endTime: '11:00',
    scheduleTimezone: 'Europe/Berlin',
    startDate: '2026-09-01',
  },
};
