/** The place-and-date line; an office without a place set still gets a valid line. */
import { formatPlaceDate } from '../format/vi.ts';

export function formatPlaceSettingsSafe(place: string, isoDate: string): string {
  const line = formatPlaceDate(place.trim() || '-', isoDate);
  return place.trim() ? line : line.replace(/^-, /, '');
}
