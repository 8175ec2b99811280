/** A commune's first steps through the web transport: the browser sends file contents and gets files back, never paths. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createSession } from '../../api/session.ts';
import { startWebServer, type WebServer } from '../../web/server.ts';
import { contract } from '../../api/contract.ts';
import { tempDir } from '../helpers/db.ts';

const staticDir = new URL('../../dist/renderer', import.meta.url).pathname;

async function post(web: WebServer, name: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(new URL(`/api/${name}`, web.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tochuc-token': web.token },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('entering a year over HTTP', () => {
  let web: WebServer;
  beforeAll(async () => {
    if (!existsSync(`${staticDir}/index.html`)) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
    web = await startWebServer({ session: createSession(join(tempDir(), 'web.sqlite')), port: 0, staticDir });
  });
  afterAll(() => web.close());

  it('sets up the file, imports a unit list sent as base64, downloads the three-sheet template, and refuses paths', async () => {
    const init = await post(web, 'app.init', {
      level: 'xa',
      committeeName: 'Đảng bộ phường Đông Tiến',
      superiorBody: 'Đảng bộ tỉnh Thanh Hóa',
      place: 'Đông Tiến',
      firstYear: 2025,
    });
    expect(init.status).toBe(200);
    expect(contract['app.init'].output.parse(init.json.result).settings).toMatchObject({
      shortName: 'Đảng ủy phường',
      issuingBody: 'ĐẢNG ỦY PHƯỜNG ĐÔNG TIẾN',
      issuerCode: 'ĐU',
    });

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    [
      ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
      ['P1', 'Chi bộ khu phố 1', 'chi bộ cơ sở', null, 'phường', 'tổ dân phố'],
    ].forEach((r) => ws.addRow(r));
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const imported = await post(web, 'units.import', { source: { name: 'don-vi.xlsx', base64 }, year: 2025 });
    expect(contract['units.import'].output.parse(imported.json.result)).toMatchObject({ ok: true, applied: true, counts: { created: 1 } });

    const template = await post(web, 'data.template', { year: 2025 });
    const out = contract['data.template'].output.parse(template.json.result);
    expect(out.path).toBeNull();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(out.base64!, 'base64') as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Số liệu 2025', 'Xếp loại', 'Cấp ủy viên']);

    const byPath = await post(web, 'units.import', { source: { path: '/etc/passwd' }, year: 2025 });
    expect(byPath.status).toBe(400);
    expect(byPath.json.error.message).toMatch(/^Ở chế độ web không đọc hay ghi tệp theo đường dẫn/);
    const out2 = await post(web, 'units.template', { out: '/tmp/x.xlsx' });
    expect(out2.status).toBe(400);
  });
});
