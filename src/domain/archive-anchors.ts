/** Fragment id of a month on a year's archive page: "mois-2025-06" (ids start with a letter). */
export function monthAnchor(year: number, month: number): string {
  return `mois-${year}-${String(month).padStart(2, '0')}`;
}
