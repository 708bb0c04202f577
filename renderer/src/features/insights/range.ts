// The date range filter's presets, as from/to calendar dates on this computer's clock.
import { localIso } from '../today/dates';

export type Preset = '3m' | '12m' | 'year' | 'all' | 'custom';

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The first day of the month `monthsBack` months before today's month. */
function monthStart(today: Date, monthsBack: number): string {
  return localIso(new Date(today.getFullYear(), today.getMonth() - monthsBack, 1));
}

export function presetRange(preset: Exclude<Preset, 'custom'>, today = new Date()): DateRange {
  const to = localIso(today);
  switch (preset) {
    case '3m':
      return { from: monthStart(today, 2), to };
    case '12m':
      return { from: monthStart(today, 11), to };
    case 'year':
      return { from: `${today.getFullYear()}-01-01`, to };
    case 'all':
      return { from: null, to: null };
  }
}
