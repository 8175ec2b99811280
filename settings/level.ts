/**
 * The words of a committee's profile from its level and full name: "Đảng bộ xã Quốc Oai" at level
 * xa is "Đảng ủy xã", drafted by the "Ban Xây dựng Đảng", issuing as "ĐẢNG ỦY XÃ QUỐC OAI" (ĐU).
 * Used when a new file is made for a committee; the user can change every field in settings.
 */
import type { Level, Settings } from './schema.ts';

const UNIT_WORDS = ['đặc khu', 'phường', 'xã', 'thị trấn', 'thành phố', 'huyện', 'quận', 'thị xã', 'tỉnh'];

/** "Đảng bộ xã Quốc Oai" → { word: "xã", place: "Quốc Oai" }. */
export function splitCommitteeName(name: string): { word: string; place: string } {
  const rest = name.replace(/^Đảng bộ\s+/i, '').trim();
  const lower = rest.toLocaleLowerCase('vi');
  const word = UNIT_WORDS.find((w) => lower.startsWith(`${w} `)) ?? '';
  return { word, place: rest.slice(word.length).trim() };
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

export function profileForLevel(
  level: Level,
  committeeName: string,
): Pick<Settings, 'level' | 'committeeName' | 'shortName' | 'advisoryBody' | 'issuingBody' | 'issuerCode' | 'place'> {
  const { word, place } = splitCommitteeName(committeeName);
  if (level === 'xa') {
    const shortName = `Đảng ủy ${word || 'xã'}`;
    return {
      level,
      committeeName,
      shortName,
      advisoryBody: 'Ban Xây dựng Đảng',
      issuingBody: upper(`${shortName} ${place}`),
      issuerCode: 'ĐU',
      place,
    };
  }
  if (level === 'tinh') {
    const shortName = word === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
    return {
      level,
      committeeName,
      shortName,
      advisoryBody: `Ban Tổ chức ${shortName}`,
      issuingBody: upper(`${shortName} ${place}`),
      issuerCode: 'TU',
      place,
    };
  }
  const shortName = word === 'quận' ? 'Quận ủy' : word === 'thị xã' ? 'Thị ủy' : 'Huyện ủy';
  return {
    level,
    committeeName,
    shortName,
    advisoryBody: `Ban Tổ chức ${shortName}`,
    issuingBody: upper(`${shortName} ${place}`),
    issuerCode: 'HU',
    place,
  };
}
