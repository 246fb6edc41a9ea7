/** Submissions per day of a wave's fieldwork, for the cumulative response chart. */
import { amsterdamDate } from './fieldwork.ts';

export interface DailySubmissions {
  date: string; // YYYY-MM-DD, Europe/Amsterdam
  submitted: number;
  cumulative: number;
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Submissions per calendar day from the opening date up to the closing date, or up to today
 * while fieldwork runs. Submissions outside that range count on its first or last day.
 */
export function cumulativeSubmissions(
  orgs: readonly { state: string; submittedAt: string | null }[],
  opensOn: string,
  closesOn: string,
  now: Date,
): DailySubmissions[] {
  const today = amsterdamDate(now);
  const end = today < closesOn ? (today < opensOn ? opensOn : today) : closesOn;
  const perDay = new Map<string, number>();
  for (const o of orgs) {
    if (o.state !== 'ingediend' || !o.submittedAt) continue;
    let day = amsterdamDate(new Date(o.submittedAt));
    if (day < opensOn) day = opensOn;
    if (day > end) day = end;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const out: DailySubmissions[] = [];
  let cumulative = 0;
  for (let day = opensOn; day <= end; day = nextDay(day)) {
    const submitted = perDay.get(day) ?? 0;
    cumulative += submitted;
    out.push({ date: day, submitted, cumulative });
  }
  return out;
}
