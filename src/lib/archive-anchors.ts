/** Fragment id of a month on a year's archive page: "2025-06". */
export function monthAnchor(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
