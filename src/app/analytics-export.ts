import { createRequire } from 'node:module';
import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import writeXlsxFile from 'write-excel-file/node';
import type { Figures } from '../domain/analytics.ts';
import type { Lang } from '../domain/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/numbers.ts';
import type { Breakdown, MonthlyReport, Repeated, RepeatedRow, Trends } from './analytics.ts';

// The analytics tables as files: CSV (UTF-8 with a BOM, so Excel reads Cyrillic), XLSX, and the
// monthly management report as PDF. Columns are the JSON answer's, labelled in the caller's
// language; no personal data is in any of them (organisations, catalogue, districts, houses,
// numbers of appeals, and supervisors' names, as on the wallboard).

type Cell = string | number | null;
export type Table = { name: string; columns: { label: string; kind: 'text' | 'number' }[]; rows: Cell[][] };

const FIGURES: { key: keyof Figures; label: MessageKey }[] = [
  { key: 'registered', label: 'analytics.col.registered' },
  { key: 'closed', label: 'analytics.col.closed' },
  { key: 'counted', label: 'analytics.col.counted' },
  { key: 'onTime', label: 'analytics.col.on_time' },
  { key: 'late', label: 'analytics.col.late' },
  { key: 'onTimeRate', label: 'analytics.col.on_time_rate' },
  { key: 'extended', label: 'analytics.col.extended' },
  { key: 'ratingN', label: 'analytics.col.rated' },
  { key: 'satisfaction', label: 'analytics.col.satisfaction' },
  { key: 'closeHours', label: 'analytics.col.close_hours' },
];

const num = (label: string) => ({ label, kind: 'number' as const });
const text = (label: string) => ({ label, kind: 'text' as const });

export function breakdownTable(b: Breakdown, lang: Lang): Table {
  return {
    name: `${t(lang, `analytics.dim.${b.dimension}` as MessageKey)} ${b.from}–${b.to}`,
    columns: [text(t(lang, `analytics.dim.${b.dimension}` as MessageKey)), ...FIGURES.map((f) => num(t(lang, f.label)))],
    rows: [
      ...b.items.map((r) => [r.name, ...FIGURES.map((f) => r[f.key])]),
      [t(lang, 'analytics.total'), ...FIGURES.map((f) => b.total[f.key])],
    ],
  };
}

export function trendsTable(tr: Trends, lang: Lang): Table {
  return {
    name: `${t(lang, 'analytics.trends')} ${tr.from}–${tr.to}`,
    columns: [text(t(lang, 'analytics.col.from')), text(t(lang, 'analytics.col.to')), ...FIGURES.map((f) => num(t(lang, f.label)))],
    rows: tr.items.map((p) => [p.from, p.to, ...FIGURES.map((f) => p[f.key])]),
  };
}

export function repeatedTable(r: Repeated, lang: Lang): Table {
  const cols = [
    text(t(lang, 'analytics.col.item')),
    text(t(lang, 'analytics.dim.district')),
    ...(r.level === 'house' ? [text(t(lang, 'analytics.col.address'))] : []),
    num(t(lang, 'analytics.col.count')),
    ...(r.level === 'house' ? [num(t(lang, 'analytics.col.open')), text(t(lang, 'analytics.col.last')), text(t(lang, 'analytics.col.numbers'))] : []),
  ];
  return {
    name: `${t(lang, 'analytics.repeated')} ${r.from}–${r.to}`,
    columns: cols,
    rows: r.items.map((x: RepeatedRow) => [
      x.item,
      x.district,
      ...(r.level === 'house' ? [x.address] : []),
      x.count,
      ...(r.level === 'house' ? [x.open, x.last?.slice(0, 10) ?? null, x.numbers.join(' ')] : []),
    ]),
  };
}

export function toCsv(table: Table): string {
  return stringify([table.columns.map((c) => c.label), ...table.rows.map((r) => r.map((v) => (v === null ? '' : v)))], { bom: true });
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const header = table.columns.map((c) => ({ value: c.label, fontWeight: 'bold' as const }));
  const body = table.rows.map((r) =>
    r.map((v, i) => (v === null ? null : table.columns[i]?.kind === 'number' && typeof v === 'number' ? { type: Number, value: v } : { type: String, value: String(v) })),
  );
  // Sheet names: at most 31 characters, none of []:*?/\
  const sheet = table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  return writeXlsxFile([header, ...body] as never, { sheet, columns: table.columns.map((c) => ({ width: c.kind === 'text' ? 40 : 12 })) } as never).toBuffer();
}

// ——— the monthly PDF ———

const require = createRequire(import.meta.url);
// DejaVu Sans: Cyrillic with every Kazakh letter (ә ғ қ ң ө ұ ү һ і), from the npm package — nothing fetched at run time.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** Figures for the PDF, written the way the report's language writes numbers. */
const figures = (lang: Lang) => ({
  fmt: (v: number | null, suffix = '') => (v === null ? '—' : `${formatNumber(v, lang)}${suffix}`),
  delta: (now: number | null, before: number | null, suffix = '') => {
    if (now === null || before === null) return '—';
    const d = Math.round((now - before) * 10) / 10;
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatNumber(Math.abs(d), lang)}${suffix}`;
  },
});

/** The monthly management report: totals against last month, on time and satisfaction by executor and sector, top categories, repeated problems. */
export async function reportPdf(r: MonthlyReport, lang: Lang, scope: string, now: Date): Promise<Buffer> {
  const { fmt, delta } = figures(lang);
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${t(lang, 'report.title')} ${r.month}`, Author: 'Jauap' }, bufferPages: true });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 80;

  const heading = (s: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#123').text(s, 40).moveDown(0.3);
  };
  /** A table: first column text, the rest right-aligned figures; repeats its header on a new page. */
  const table = (cols: { label: string; w: number; right?: boolean }[], rows: string[][]) => {
    const total = cols.reduce((s, c) => s + c.w, 0);
    const ws = cols.map((c) => (c.w / total) * width);
    const line = (cells: string[], bold: boolean) => {
      const h = Math.max(...cells.map((c, i) => doc.font(bold ? 'bold' : 'body').fontSize(8.5).heightOfString(c, { width: ws[i]! - 6 })));
      if (doc.y + h > doc.page.height - 50) {
        doc.addPage();
        if (!bold) line(cols.map((c) => c.label), true);
      }
      const y = doc.y;
      let x = 40;
      cells.forEach((c, i) => {
        doc.font(bold ? 'bold' : 'body').fontSize(8.5).fillColor('#111').text(c, x + 3, y, { width: ws[i]! - 6, align: cols[i]!.right ? 'right' : 'left' });
        x += ws[i]!;
      });
      doc.y = y + h + 3;
      doc.moveTo(40, doc.y - 1.5).lineTo(40 + width, doc.y - 1.5).lineWidth(0.3).strokeColor(bold ? '#555' : '#ccc').stroke();
      doc.x = 40;
    };
    line(cols.map((c) => c.label), true);
    if (!rows.length) doc.font('body').fontSize(9).fillColor('#666').text(t(lang, 'report.nothing'), 40);
    for (const row of rows) line(row, false);
  };

  doc.font('bold').fontSize(18).fillColor('#0b3d5c').text(t(lang, 'report.title'), 40, 40);
  doc.font('body').fontSize(11).fillColor('#333').text(`${t(lang, 'report.month')}: ${r.month} · ${scope}`);
  doc.fontSize(8).fillColor('#666').text(`${t(lang, 'report.generated')}: ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  heading(t(lang, 'report.totals'));
  const totals: [MessageKey, number | null, number | null, string][] = [
    ['analytics.col.registered', r.total.registered, r.previous.registered, ''],
    ['analytics.col.closed', r.total.closed, r.previous.closed, ''],
    ['analytics.col.on_time_rate', r.total.onTimeRate, r.previous.onTimeRate, ' %'],
    ['analytics.col.late', r.total.late, r.previous.late, ''],
    ['analytics.col.satisfaction', r.total.satisfaction, r.previous.satisfaction, ''],
    ['analytics.col.close_hours', r.total.closeHours, r.previous.closeHours, ''],
  ];
  table(
    [{ label: '', w: 3 }, { label: r.month, w: 1.2, right: true }, { label: r.previousMonth, w: 1.2, right: true }, { label: t(lang, 'report.change'), w: 1.2, right: true }],
    totals.map(([k, a, b, s]) => [t(lang, k), fmt(a, s), fmt(b, s), delta(a, b, s)]),
  );

  const rateCols = (first: string) => [
    { label: first, w: 3.6 },
    { label: t(lang, 'analytics.col.counted'), w: 1.5, right: true },
    { label: t(lang, 'analytics.col.on_time_rate'), w: 1.3, right: true },
    { label: t(lang, 'analytics.col.late'), w: 1.2, right: true },
    { label: t(lang, 'analytics.col.satisfaction'), w: 1.3, right: true },
  ];
  const rateRow = (x: { name: string } & Figures) => [x.name, fmt(x.counted), fmt(x.onTimeRate, ' %'), fmt(x.late), fmt(x.satisfaction)];

  heading(t(lang, 'report.sectors'));
  table(rateCols(t(lang, 'analytics.dim.sector')), r.sectors.map(rateRow));
  heading(t(lang, 'report.executors'));
  table(rateCols(t(lang, 'analytics.dim.executor')), r.executors.map(rateRow));

  heading(t(lang, 'report.top_categories'));
  table(
    [
      { label: t(lang, 'analytics.dim.category'), w: 5 },
      { label: r.month, w: 1, right: true },
      { label: r.previousMonth, w: 1, right: true },
      { label: t(lang, 'report.change'), w: 1, right: true },
    ],
    r.categories.map((c) => [c.name, fmt(c.registered), fmt(c.previous), delta(c.registered, c.previous)]),
  );

  heading(t(lang, 'report.repeated_house'));
  table(
    [
      { label: t(lang, 'analytics.col.item'), w: 4 },
      { label: t(lang, 'analytics.col.address'), w: 2.5 },
      { label: t(lang, 'analytics.col.count'), w: 1.4, right: true },
      { label: t(lang, 'analytics.col.numbers'), w: 3 },
    ],
    r.repeated.map((x) => [x.item, x.address ?? '—', fmt(x.count), x.numbers.slice(0, 4).join(', ') + (x.numbers.length > 4 ? '…' : '')]),
  );
  heading(t(lang, 'report.repeated_district'));
  table(
    [{ label: t(lang, 'analytics.col.item'), w: 5 }, { label: t(lang, 'analytics.dim.district'), w: 2 }, { label: t(lang, 'analytics.col.count'), w: 1.4, right: true }],
    r.repeatedDistricts.map((x) => [x.item, x.district, fmt(x.count)]),
  );

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin: no page break for it
    doc.font('body').fontSize(7.5).fillColor('#888').text(`Jauap · ${t(lang, 'report.title')} ${r.month} · ${i + 1} / ${range.count}`, 40, doc.page.height - 30, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
