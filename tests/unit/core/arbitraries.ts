import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { type Cadence, CHANNELS, type Channel, type Settings } from '@/lib/core/model';
import { makeSettings } from '../../factories';

export const REP_ZONES = ['America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'] as const;
const PROSPECT_ZONES = [...REP_ZONES, 'America/Los_Angeles', 'Europe/London'] as const;

const clock = (hours: number, minutes: number) =>
  `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

/** Instants across two years, so every DST change of the rep zones is crossed. */
export const instantArb = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

export const channelsArb: fc.Arbitrary<Channel[]> = fc.subarray([...CHANNELS], { minLength: 1 });

export const cadenceArb: fc.Arbitrary<Cadence> = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 })
  .chain((days) =>
    fc.tuple(
      fc.constant([...days].sort((a, b) => a - b)),
      fc.array(channelsArb, { minLength: days.length, maxLength: days.length }),
    ),
  )
  .map(([days, channels]) => ({
    id: 'generated',
    name: 'Generated',
    steps: days.map((day, index) => ({ day, channels: channels[index] ?? ['email'] })),
  }));

export const prospectZoneArb = fc.option(fc.constantFrom(...PROSPECT_ZONES), { nil: undefined });

/** Settings near `start`: holidays fall in the ninety days after it, where the steps land. */
export function settingsArb(start: string): fc.Arbitrary<Settings> {
  return fc
    .record({
      timeZone: fc.constantFrom(...REP_ZONES),
      workingDays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
      startHour: fc.integer({ min: 6, max: 10 }),
      startMinutes: fc.constantFrom(0, 30),
      endHour: fc.integer({ min: 14, max: 20 }),
      callHour: fc.integer({ min: 7, max: 19 }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 20 }),
      favourBestCallDays: fc.boolean(),
    })
    .map((drawn) => {
      const inZone = { in: tz(drawn.timeZone) };
      return makeSettings({
        timeZone: drawn.timeZone,
        workingDays: drawn.workingDays,
        workingHours: { start: clock(drawn.startHour, drawn.startMinutes), end: clock(drawn.endHour, 0) },
        callWindow: { start: clock(drawn.callHour, 0), end: clock(drawn.callHour + 1, 0) },
        holidays: drawn.holidayOffsets.map((offset) =>
          format(addDays(new Date(start), offset, inZone), 'yyyy-MM-dd', inZone),
        ),
        favourBestCallDays: drawn.favourBestCallDays,
      });
    });
}

export const scenarioArb = instantArb.chain((startedAt) =>
  fc.record({
    startedAt: fc.constant(startedAt),
    cadence: cadenceArb,
    settings: settingsArb(startedAt),
    prospectZone: prospectZoneArb,
  }),
);
