// Business dates are Swedish calendar dates (Europe/Stockholm, summer time included), whatever the
// server's own time zone is. "Today" is always asked of the clock: swedishDate(clock.now()).
const swedishCalendar = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

// Every zone's offset is whole minutes, so the date in Sweden is the same through a minute: it is
// formatted once a minute (Intl's formatting is microseconds, and most reads ask for today).
let lastMinute = NaN;
let lastDate = '';

/** The date in Sweden at this instant, as YYYY-MM-DD. */
export function swedishDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = swedishCalendar.format(at);
    lastMinute = minute;
  }
  return lastDate;
}

/** The year in Sweden at this instant: 23:30 UTC on 31 December is already next year. */
export function swedishYear(at: Date): number {
  return Number(swedishDate(at).slice(0, 4));
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
