/**
 * exceljs, loaded the first time a sheet is read or written: it costs about 25 MB and 0,25 s to load,
 * and a working session that never imports or exports (most of them) should pay neither.
 */
import type ExcelJS from 'exceljs';

let lib: typeof ExcelJS | undefined;

export async function loadExcel(): Promise<typeof ExcelJS> {
  lib ??= (await import('exceljs')).default;
  return lib;
}
