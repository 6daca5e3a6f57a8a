// CSV import and export of the inventory: a preview with row-level errors that changes nothing, good
// rows applied only when confirmed, the site's separator, and formulas neutralised on export.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv, separatorFor } from '../../electron/stock/csv';
import type { ImportPreview, StockList } from '../../shared/stock';
import { call } from '../helpers/sim-host';
import { twoStoreRig, type StockRig } from './stock-rig';

let rig: StockRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const inventory = async (target: StockRig) => new Map((await call<StockList>(target.host, 'stock.list', {})).rows.map((row) => [row.sku, { onHand: row.onHand, buffer: row.buffer, name: row.name }]));

describe('stock CSV', () => {
  it('previews bad rows with their errors, changes nothing until confirmed, then applies only the good rows', async () => {
    rig = await twoStoreRig();
    const before = await inventory(rig);
    const [good, other, third] = [...before.keys()].filter((sku) => sku !== rig?.sku);
    if (!good || !other || !third) throw new Error('too few SKUs');
    const csv = [
      'sku;name;on_hand;buffer',
      `${good};;25;1`,
      'NO-SUCH-SKU;;5;0',
      `${other};;cinco;0`,
      `${third};;-3;0`,
      `${rig.sku};;4;0`,
      `${rig.sku};;6;0`,
      `${other}\uFFFD;;7;0`,
    ].join('\r\n');
    const preview = await call<ImportPreview>(rig.host, 'stock.import.preview', { csv });
    expect(preview.separator).toBe(';');
    expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, ['unknown_sku']],
      [4, ['not_a_number']],
      [5, ['negative']],
      [6, ['duplicate_sku']],
      [7, ['duplicate_sku']],
      [8, ['bad_encoding', 'unknown_sku']],
    ]);
    expect(preview.rows[0]).toMatchObject({ before: { onHand: before.get(good)?.onHand, buffer: before.get(good)?.buffer }, after: { onHand: 25, buffer: 1 } });
    expect(preview).toMatchObject({ changing: 1, failing: 6 });
    expect(await inventory(rig)).toEqual(before);

    expect(await call(rig.host, 'stock.import.apply', { previewId: preview.previewId })).toEqual({ updated: 1 });
    const after = await inventory(rig);
    expect(after.get(good)).toMatchObject({ onHand: 25, buffer: 1 });
    for (const sku of [other, third, rig.sku]) expect(after.get(sku)).toEqual(before.get(sku));
    // A preview applies once.
    expect((await rig.host.dispatch('stock.import.apply', { previewId: preview.previewId })).ok).toBe(false);

    const bad = await call<ImportPreview>(rig.host, 'stock.import.preview', { csv: 'nothing,useful\n1,2' });
    expect(bad.rows.map((row) => row.errors)).toEqual([['bad_header']]);
  });

  it('exports with the site separator, neutralises formulas, and reads its own export back unchanged', async () => {
    rig = await twoStoreRig();
    const sku = rig.sku;
    const named = await call<ImportPreview>(rig.host, 'stock.import.preview', { csv: `sku,name,on_hand,buffer\n${sku},"=HYPERLINK(""http://x"";""y"")",12,2\n` });
    expect(named.separator).toBe(',');
    await call(rig.host, 'stock.import.apply', { previewId: named.previewId });

    const { csv, separator } = await call<{ csv: string; separator: string }>(rig.host, 'stock.export');
    expect(separator).toBe(';');
    const line = csv.split('\r\n').find((entry) => entry.startsWith(`${sku};`));
    expect(line).toBe(`${sku};"'=HYPERLINK(""http://x"";""y"")";12;2`);
    const again = await call<ImportPreview>(rig.host, 'stock.import.preview', { csv });
    expect(again.failing).toBe(0);
    expect(again.changing).toBe(0);
    expect(again.rows.find((row) => row.sku === sku)?.name).toBe('=HYPERLINK("http://x";"y")');
  });

  it('parses quotes, doubled quotes and newlines inside cells; picks the separator by site', () => {
    expect(parseCsv('a;"b;c";"d""e"\r\n"x\ny";2\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b;c', 'd"e'] },
      { line: 2, cells: ['x\ny', '2'] },
    ]);
    expect(separatorFor('MLA')).toBe(';');
    expect(separatorFor('MLB')).toBe(';');
    expect(separatorFor('MLM')).toBe(',');
  });
});
