/**
 * The catalogue's words as a sheet writes them (org/catalog.ts): kinds, sectors (khối) and unit
 * types (loại hình), in any case, with or without diacritics, with or without "chi bộ"/"khối".
 */
import { foldForSearch } from '../format/vi.ts';
import { KIND_LABELS, SECTORS, UNIT_TYPES, type UnitKind } from './catalog.ts';

const fold = (s: string) =>
  foldForSearch(s)
    .replace(/[.,;:/()\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const KIND_WORDS: Record<string, UnitKind> = {
  'dang bo co so': 'baseCommittee',
  dbcs: 'baseCommittee',
  'chi bo co so': 'baseCell',
  cbcs: 'baseCell',
  'dang bo bo phan': 'subCommittee',
  dbbp: 'subCommittee',
  'chi bo truc thuoc': 'cell',
  cbtt: 'cell',
  'chi bo': 'cell',
  'chi bo truc thuoc dang bo co so': 'cell',
  'dang bo cap tren co so': 'committee',
  'cap tren co so': 'committee',
  'dang bo': 'committee',
};

const SECTOR_WORDS: Record<string, string> = {
  xa: 'xa-thi-tran',
  'thi tran': 'xa-thi-tran',
  'xa thi tran': 'xa-thi-tran',
  'xa phuong': 'xa-thi-tran',
  'xa phuong thi tran': 'xa-thi-tran',
  phuong: 'phuong',
  'dac khu': 'xa-thi-tran',
  'luc luong vu trang': 'luc-luong-vu-trang',
  llvt: 'luc-luong-vu-trang',
  'quan su': 'luc-luong-vu-trang',
  'cong an': 'luc-luong-vu-trang',
};

const TYPE_WORDS: Record<string, string> = {
  thon: 'thon',
  ban: 'thon',
  xom: 'thon',
  ap: 'thon',
  lang: 'thon',
  'to dan pho': 'to-dan-pho',
  tdp: 'to-dan-pho',
  'khu pho': 'to-dan-pho',
  truong: 'truong-hoc',
  'giao duc': 'truong-hoc',
  'tram y te': 'y-te',
  'benh vien': 'y-te',
  'doanh nghiep ngoai nha nuoc': 'doanh-nghiep-ngoai-nha-nuoc',
  'doanh nghiep tu nhan': 'doanh-nghiep-ngoai-nha-nuoc',
  'don vi su nghiep': 'su-nghiep',
};

function lookup<T extends string>(text: string, labels: Record<string, string>, words: Record<string, T>, prefixes: RegExp): T | undefined {
  const f = fold(text);
  const bare = f.replace(prefixes, '');
  for (const [code, label] of Object.entries(labels)) {
    const l = fold(label);
    if (f === code || f === fold(code) || f === l || bare === l.replace(prefixes, '') || bare === fold(code)) return code as T;
  }
  return words[f] ?? words[bare];
}

export function parseKind(text: string): UnitKind | undefined {
  const f = fold(text);
  return KIND_WORDS[f] ?? (Object.entries(KIND_LABELS).find(([code, l]) => fold(l) === f || fold(code) === f)?.[0] as UnitKind | undefined);
}

export function parseSector(text: string): string | undefined {
  return lookup(text, SECTORS, SECTOR_WORDS, /^(khoi|dang bo khoi|dang bo)\s+/);
}

export function parseUnitType(text: string): string | undefined {
  return lookup(text, UNIT_TYPES, TYPE_WORDS, /^(chi bo|loai hinh)\s+/);
}

export const KIND_CHOICES = (['baseCommittee', 'baseCell', 'subCommittee', 'cell'] as const).map((k) => KIND_LABELS[k]);
export const quoted = (list: string[]) => list.map((s) => `"${s}"`).join(', ');
