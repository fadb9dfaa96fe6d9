// Numbers, money and days for the reader's locale (the browser's, e.g. de-DE writes 1.234,5).
// Figures arrive as JSON numbers (`BigInt` in the schema); null means "not reported", never 0.
const locale = (): string => navigator.language || 'en';

/** A GraphQL `BigInt` (a JSON number; a string if a client ever sends one) as a number, or null. */
export function num(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The word shown for a measure a tool does not report. */
export const NOT_REPORTED = 'not reported';

/** Exact, with grouping: 1,234,567 (en) or 1.234.567 (de). */
export function exact(value: number | null): string {
  return value === null ? NOT_REPORTED : new Intl.NumberFormat(locale()).format(value);
}

/** Short: 1.2M tokens (en), 1,2 Mio. (de); exact below 10,000. */
export function compact(value: number | null): string {
  if (value === null) return NOT_REPORTED;
  if (Math.abs(value) < 10_000) return exact(value);
  return new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Millicents (thousandths of a cent) as money: $0.56 (en-US), 0,56 $ (de-DE). */
export function money(millicents: number | null, currency = 'USD'): string {
  if (millicents === null) return NOT_REPORTED;
  const amount = millicents / 100_000;
  const big = Math.abs(amount) >= 100_000;
  return new Intl.NumberFormat(locale(), {
    style: 'currency',
    currency,
    notation: big ? 'compact' : 'standard',
    maximumFractionDigits: 2,
    minimumFractionDigits: big ? 0 : 2,
  }).format(amount);
}

/** A ratio as a percentage: 84.2% (en), 84,2 % (de). */
export function percent(ratio: number | null): string {
  if (ratio === null) return NOT_REPORTED;
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** A signed change: +12, −3 (with the locale's grouping). */
export function signed(value: number, format: (n: number) => string = exact): string {
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** A UTC day (`2026-03-04`) for people: 4 Mar 2026 (en-GB), 4. März 2026 (de). */
export function day(iso: string | null, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Short day label for axes: 4 Mar. */
export function shortDay(iso: string): string {
  return day(iso, { day: 'numeric', month: 'short' });
}

/** A month label: Mar 2026. */
export function month(iso: string): string {
  return day(iso, { month: 'short', year: 'numeric' });
}
