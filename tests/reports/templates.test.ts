/** Templates: logic-less text, validated on save (line and valid names in the message), versioned, restorable, moved by file. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { createCtx } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { parseTemplate } from '../../reports/template/parse.ts';
import { checkTemplate } from '../../reports/template/validate.ts';
import { BUILTIN_TEMPLATES } from '../../reports/template/builtins.ts';
import { cleanText } from '../../reports/text.ts';
import { demoCopy } from '../helpers/db.ts';
import { readDocx } from './docx-read.ts';

function ctx() {
  const path = demoCopy();
  const db = openDatabase(path);
  return createCtx(
    {
      db,
      dbPath: path,
      open() {
        throw new Error('not here');
      },
    },
    { kind: 'cli' },
  );
}

async function refusal(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('parsing', () => {
  it('reads headings, paragraphs, blocks and directives with their line numbers', () => {
    const { parsed, problems } = parseTemplate(
      '@trich-yeu: về {{nam}}\n@noi-nhan: A,\n@noi-nhan: B.\n\n# I- MỘT\n## 1- Hai\nCó {{tong-dang-vien}} đảng viên.\n[[bang:nhom-chi-bo]]\n',
    );
    expect(problems).toEqual([]);
    expect(parsed.directives).toEqual({ about: 'về {{nam}}', recipients: ['A,', 'B.'] });
    expect(parsed.nodes).toEqual([
      { type: 'heading', level: 1, spans: [{ text: 'I- MỘT' }], line: 5 },
      { type: 'heading', level: 2, spans: [{ text: '1- Hai' }], line: 6 },
      { type: 'paragraph', spans: [{ text: 'Có {{tong-dang-vien}} đảng viên.' }], line: 7 },
      { type: 'block', name: 'bang:nhom-chi-bo', line: 8 },
    ]);
    expect([...parsed.fields]).toEqual([
      ['nam', 1],
      ['tong-dang-vien', 7],
    ]);
  });

  it('every built-in template is valid', () => {
    const db = openDatabase(demoCopy());
    for (const t of BUILTIN_TEMPLATES) expect(checkTemplate(db, t.body).problems, t.code).toEqual([]);
  });

  it('strips control characters and keeps the Vietnamese text in NFC', () => {
    expect(cleanText('Chi\u0000 bộ\u0007\u001F \uFFFE\u0085thôn\tA\r\nB')).toBe('Chi bộ thôn A  B');
    expect(cleanText('Đe\u0300')).toBe('Đè'); // combining grave composed
    expect(cleanText('a\uD800b')).toBe('ab'); // lone surrogate
  });
});

describe('validation on save', () => {
  it('refuses an unknown placeholder, naming it, its line and the valid names', async () => {
    const c = ctx();
    const e = await refusal(
      dispatch(c, 'templates.save', {
        code: 'thu',
        kind: 'de-an',
        name: 'Thử',
        body: '# I- A\nCó {{tong-dang-vien}} và {{tong-dang-vienn}} người.\n',
      }),
    );
    expect(e.code).toBe('invalid-template');
    expect(e.message).toContain('Dòng 2');
    expect(e.message).toContain('không có trường "{{tong-dang-vienn}}"');
    expect(e.message).toContain('Có phải "{{tong-dang-vien}}"');
    // The nearest names only, never the whole catalogue.
    expect(e.message).not.toContain('cau-nhom-chi-bo');
    expect(e.message).not.toContain('Các trường hợp lệ');
    // Nothing was stored.
    await expect(dispatch(c, 'templates.get', { code: 'thu' })).rejects.toThrow('Không có mẫu "thu"');
  });

  it('refuses an unknown block and a block inside a paragraph, and unknown directives', async () => {
    const c = ctx();
    const e = await refusal(
      dispatch(c, 'templates.save', {
        code: 'thu',
        kind: 'de-an',
        name: 'Thử',
        body: 'A\n[[bang:khong-co]]\nB [[bieu-do:ty-le-dang-vien]] C\n@tac-gia: X\n',
      }),
    );
    expect(e.message).toContain('Dòng 2: không có khối "[[bang:khong-co]]"');
    expect(e.message).toContain('Dòng 3: khối [[…]] phải đứng riêng một dòng (một đoạn).');
    expect(e.message).toContain('Dòng 4: không có mục "@tac-gia"');
    expect(e.details).toMatchObject({ problems: [{ line: 2 }, { line: 3 }, { line: 4 }] });
  });

  it('checks a draft without saving it', async () => {
    const c = ctx();
    const r = await dispatch(c, 'templates.check', { body: 'Có {{khong}}.\nMở {{ rồi' });
    expect(r.problems.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('versions, built-ins, files', () => {
  it('lists the four built-ins, stores every save as a new version, restores the built-in', async () => {
    const c = ctx();
    const list = await dispatch(c, 'templates.list', {});
    expect(list.map((t) => t.code).sort()).toEqual(['bao-cao-hoi-nghi', 'bao-cao-xep-loai', 'de-an', 'ket-luan']);
    expect(list.every((t) => t.builtin && t.version === 1)).toBe(true);
    const v1 = await dispatch(c, 'templates.get', { code: 'ket-luan' });
    const edited = await dispatch(c, 'templates.save', {
      code: 'ket-luan',
      kind: 'ket-luan',
      name: v1.name,
      body: `${v1.body}\nĐoạn thêm về {{nam}}.`,
    });
    expect([edited.version, edited.builtin]).toEqual([2, false]);
    const restored = await dispatch(c, 'templates.restore', { code: 'ket-luan' });
    expect([restored.version, restored.builtin, restored.body]).toEqual([3, true, v1.body]);
    const got = await dispatch(c, 'templates.get', { code: 'ket-luan', version: 2 });
    expect(got.body).toContain('Đoạn thêm về {{nam}}.');
    expect(got.versions.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('a document names the template version it was made from, and an edited template changes the next document', async () => {
    const c = ctx();
    const v1 = await dispatch(c, 'templates.get', { code: 'ket-luan' });
    await dispatch(c, 'templates.save', {
      code: 'ket-luan',
      kind: 'ket-luan',
      name: v1.name,
      body: v1.body.replace('kết luận như sau:', 'kết luận như sau (bản sửa):'),
    });
    const doc = await dispatch(c, 'reports.generate', { kind: 'ket-luan', year: 2019, date: '2019-03-15' });
    expect([doc.templateCode, doc.templateVersion]).toEqual(['ket-luan', 2]);
    expect((await readDocx(Buffer.from(doc.base64, 'base64'))).text).toContain('kết luận như sau (bản sửa):');
    const old = await dispatch(c, 'reports.generate', { kind: 'ket-luan', year: 2019, date: '2019-03-15', templateVersion: 1 });
    expect((await readDocx(Buffer.from(old.base64, 'base64'))).text).not.toContain('(bản sửa)');
  });

  it('exports a template to a file and imports it into another database under a new code', async () => {
    const a = ctx();
    const file = await dispatch(a, 'templates.export', { code: 'bao-cao-xep-loai' });
    // Plain text any editor opens, with the template's code, kind and name on its first lines.
    expect(file.fileName).toBe('mau-bao-cao-xep-loai-v1.txt');
    expect(file.text!.split('\n').slice(0, 3)).toEqual([
      '@mau-ma: bao-cao-xep-loai',
      '@mau-loai: bao-cao-xep-loai',
      `@mau-ten: ${BUILTIN_TEMPLATES.find((t) => t.code === 'bao-cao-xep-loai')!.name}`,
    ]);
    const b = ctx();
    const imported = await dispatch(b, 'templates.import', { text: file.text!, code: 'xep-loai-rieng' });
    expect([imported.code, imported.kind, imported.version]).toEqual(['xep-loai-rieng', 'bao-cao-xep-loai', 1]);
    expect(imported.body).toBe(BUILTIN_TEMPLATES.find((t) => t.code === 'bao-cao-xep-loai')!.body);
    const doc = await dispatch(b, 'reports.generate', {
      kind: 'bao-cao-xep-loai',
      year: 2019,
      template: 'xep-loai-rieng',
      date: '2019-12-20',
    });
    expect(doc.templateCode).toBe('xep-loai-rieng');
  });

  it('refuses a file that is not a template, and a template of the wrong kind', async () => {
    const c = ctx();
    await expect(dispatch(c, 'templates.import', { text: 'PK\u0003\u0004 rác' })).rejects.toThrow('không phải tệp mẫu văn bản');
    await expect(
      dispatch(c, 'templates.import', {
        text: JSON.stringify({ dinhDang: 'tochuc-mau-van-ban', phienBan: 1, ma: 'x', loai: 'thu-moi', ten: 'x', noiDung: '' }),
      }),
    ).rejects.toThrow('Tệp mẫu không hợp lệ');
    await expect(dispatch(c, 'reports.generate', { kind: 'de-an', year: 2019, template: 'ket-luan' })).rejects.toThrow(
      'dùng cho loại ket-luan',
    );
  });
});

describe('built-ins follow the program', () => {
  it('an unedited built-in stored by an older version gets the new text as a new version; an edited one is kept', async () => {
    const c = ctx();
    const db = c.session.db;
    await dispatch(c, 'templates.list', {});
    // As an older program left them: the built-in flag, an older text.
    db.prepare("UPDATE report_template SET body = 'Văn bản cũ {{nam}}.' WHERE code = 'de-an'").run();
    await dispatch(c, 'templates.save', { code: 'ket-luan', kind: 'ket-luan', name: 'Sửa', body: 'Văn phòng sửa {{nam}}.' });
    const list = await dispatch(c, 'templates.list', {});
    const deAn = await dispatch(c, 'templates.get', { code: 'de-an' });
    expect([deAn.version, deAn.builtin, deAn.body]).toEqual([2, true, BUILTIN_TEMPLATES.find((t) => t.code === 'de-an')!.body]);
    expect((await dispatch(c, 'templates.get', { code: 'de-an', version: 1 })).body).toBe('Văn bản cũ {{nam}}.');
    const kl = list.find((t) => t.code === 'ket-luan')!;
    expect([kl.version, kl.builtin]).toEqual([2, false]);
  });
});
