export interface SalaryBand {
  min: number | null;
  max: number | null;
  currency: string;
}

/** "€70,000 – €90,000 a year", "From $120,000 a year", "Up to £60,000 a year" or "Salary not stated". */
export function formatSalaryBand(band: SalaryBand, locale = 'en'): string {
  const { min, max } = band;
  if (min == null && max == null) return 'Salary not stated';
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: band.currency,
    maximumFractionDigits: 0,
  });
  if (min != null && max != null) {
    return min === max ? `${money.format(min)} a year` : `${money.format(min)} – ${money.format(max)} a year`;
  }
  if (min != null) return `From ${money.format(min)} a year`;
  return `Up to ${money.format(max!)} a year`;
}
