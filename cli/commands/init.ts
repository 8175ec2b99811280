import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { jsonOption, need, printJson, str, yearArg } from '../command.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { LEVELS, type Level } from '../../settings/schema.ts';

export const initCommand: Command = {
  name: 'init',
  summary: 'Lập tệp dữ liệu mới cho một cấp ủy (huyện, xã/phường/đặc khu hoặc tỉnh), bắt đầu từ một năm bất kỳ',
  usage:
    'tochuc init --out F --level huyen|xa|tinh --name "Đảng bộ xã Quốc Oai" --short "Đảng ủy xã" --superior "Đảng bộ thành phố Hà Nội" --place "Quốc Oai" --year 2025 [--term 2025-2030] [--signer "Họ và tên" --signer-role "BÍ THƯ"] [--issuer-code ĐU] [--advisory "Ban Xây dựng Đảng"] [--json]',
  options: {
    ...jsonOption,
    out: { type: 'string' },
    level: { type: 'string' },
    name: { type: 'string' },
    short: { type: 'string' },
    superior: { type: 'string' },
    place: { type: 'string' },
    year: { type: 'string' },
    term: { type: 'string' },
    signer: { type: 'string' },
    'signer-role': { type: 'string' },
    'issuer-code': { type: 'string' },
    advisory: { type: 'string' },
  },
  async run(values) {
    const path = resolve(need(values, 'out'));
    const level = need(values, 'level');
    if (!(LEVELS as readonly string[]).includes(level))
      throw new UserError(`--level là một trong: ${LEVELS.join(', ')} (nhận được "${level}").`, 'usage');
    const firstYear = yearArg(values);
    const signer = str(values, 'signer');
    const role = str(values, 'signer-role');
    if ((signer === undefined) !== (role === undefined))
      throw new UserError('--signer và --signer-role đi cùng nhau: họ tên người ký và chức vụ ("BÍ THƯ").', 'usage');
    if (existsSync(path)) throw new UserError(`Tệp "${path}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    try {
      const r = await dispatch(ctx, 'app.init', {
        level: level as Level,
        committeeName: need(values, 'name'),
        shortName: str(values, 'short'),
        superiorBody: need(values, 'superior'),
        place: need(values, 'place'),
        firstYear,
        term: str(values, 'term'),
        issuerCode: str(values, 'issuer-code'),
        advisoryBody: str(values, 'advisory'),
        signer: signer !== undefined && role !== undefined ? { name: signer, title: role } : undefined,
      });
      if (values.json) return printJson(r);
      const s = r.settings;
      process.stdout.write(
        [
          `Đã lập ${path}: ${s.committeeName} (${s.shortName}), năm đầu tiên ${r.year}, nhiệm kỳ ${s.term.name}.`,
          `Cơ quan ban hành: ${s.issuingBody} (ký hiệu ${s.issuerCode}); cấp trên: ${s.superiorBody}; cơ quan tham mưu: ${s.advisoryBody}.`,
          `Tiếp theo: tochuc template-xlsx --units --db ${need(values, 'out')} --out don-vi.xlsx, rồi tochuc import units don-vi.xlsx --db ${need(values, 'out')} --year ${r.year}`,
        ].join('\n') + '\n',
      );
    } catch (e) {
      // A refused profile leaves no half-made file behind.
      ctx.session.db.close();
      const { rmSync } = await import('node:fs');
      for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
      throw e;
    } finally {
      if (ctx.session.db.open) ctx.session.db.close();
    }
  },
};
