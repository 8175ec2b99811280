/**
 * The words each level of committee goes by (design.md §1, domain-2025.md): the defaults of a new
 * file, editable afterwards in Cài đặt. In one place so that no template or screen guesses them.
 */
import { foldForSearch, normalizeText } from '../format/vi.ts';
import type { Level } from '../db/codes.ts';

export interface LevelWords {
  level: Level;
  /** How the level is named when choosing it. */
  levelName: string;
  shortName: string;
  advisoryBody: string;
  issuerCode: string;
  /** The issuing body in the header, upper case: "HUYỆN ỦY QUỐC OAI". */
  issuingBody: string;
  signerAuthority: string;
  signerTitle: string;
}

interface Words {
  levelName: string;
  shortName: string;
  advisoryBody: string;
  issuerCode: string;
  prefixes: [string, string][];
}

/** Committee-name prefixes (folded) and the committee's own name that replaces them: "Đảng bộ thành phố" → "Thành ủy". */
const WORDS: Record<Level, Words> = {
  huyen: {
    levelName: 'Đảng bộ huyện (cấp trên cơ sở đến 30/6/2025)',
    shortName: 'Huyện ủy',
    advisoryBody: 'Ban Tổ chức Huyện ủy',
    issuerCode: 'HU',
    prefixes: [
      ['dang bo huyen', 'Huyện ủy'],
      ['dang bo quan', 'Quận ủy'],
      ['dang bo thi xa', 'Thị ủy'],
      ['dang bo thanh pho', 'Thành ủy'],
    ],
  },
  xa: {
    levelName: 'Đảng bộ xã, phường, đặc khu (cấp trên cơ sở từ 1/7/2025)',
    shortName: 'Đảng ủy xã',
    advisoryBody: 'Ban Xây dựng Đảng',
    issuerCode: 'ĐU',
    prefixes: [
      ['dang bo xa', 'Đảng ủy xã'],
      ['dang bo phuong', 'Đảng ủy phường'],
      ['dang bo dac khu', 'Đảng ủy đặc khu'],
      ['dang bo thi tran', 'Đảng ủy thị trấn'],
    ],
  },
  tinh: {
    levelName: 'Đảng bộ tỉnh, thành phố trực thuộc Trung ương',
    shortName: 'Tỉnh ủy',
    advisoryBody: 'Ban Tổ chức Tỉnh ủy',
    issuerCode: 'TU',
    prefixes: [
      ['dang bo tinh', 'Tỉnh ủy'],
      ['dang bo thanh pho', 'Thành ủy'],
    ],
  },
};

/** The name after the prefix, as written: "Đảng bộ huyện Quốc Oai" → ["Huyện ủy", "Quốc Oai"]. */
function split(level: Level, committeeName: string): [string, string] {
  const name = normalizeText(committeeName);
  const folded = foldForSearch(name);
  for (const [prefix, own] of WORDS[level].prefixes) {
    // Folding keeps the length (one letter for one letter), so the rest is cut from the original.
    if (folded === prefix || folded.startsWith(`${prefix} `)) return [own, name.slice(prefix.length).trim()];
  }
  return [WORDS[level].shortName, name.replace(/^Đảng bộ\s+/i, '').trim()];
}

export function levelWords(level: Level, committeeName?: string): LevelWords {
  const w = WORDS[level];
  const [shortName, place] = committeeName ? split(level, committeeName) : [w.shortName, ''];
  // An advisory body of a huyện or province carries its committee's own name (Ban Tổ chức Thành ủy); a commune's is just Ban Xây dựng Đảng.
  const advisoryBody = level === 'xa' ? w.advisoryBody : `Ban Tổ chức ${shortName}`;
  return {
    level,
    levelName: w.levelName,
    shortName,
    advisoryBody,
    issuerCode: shortName === 'Thành ủy' && level === 'tinh' ? 'TU' : w.issuerCode,
    issuingBody: `${shortName}${place ? ` ${place}` : ''}`.toLocaleUpperCase('vi'),
    signerAuthority: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
  };
}

export const LEVEL_ORDER: Level[] = ['huyen', 'xa', 'tinh'];
