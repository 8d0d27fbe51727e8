// The compliance report's page script, bundled with Apache ECharts into the HTML file: draws the
// charts (patterns, symbols and labels as well as colours) and the sortable, filterable tables.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportData, SectionData } from './report-data.js';
import { renderTable, type Column } from './table.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Patterns on bars and shapes on lines, so every series reads without colour (ECharts' aria decals). */
const ARIA = { enabled: true, decal: { show: true } } as const;
const TEXT = { fontFamily: 'system-ui, sans-serif', fontSize: 13, color: '#1f2328' } as const;
const DARK = '#1f4e8c';
const LIGHT = '#9db8dc';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
const number = (value: number): string => value.toLocaleString('en-US');

function chart(id: string, option: echarts.EChartsCoreOption, rows: number): echarts.ECharts {
  const container = element<HTMLDivElement>(id);
  container.style.height = `${Math.max(220, rows * 34 + 90)}px`;
  const instance = echarts.init(container, undefined, { renderer: 'svg' });
  instance.setOption({ animation: false, aria: ARIA, textStyle: TEXT, ...option });
  window.addEventListener('resize', () => instance.resize());
  return instance;
}

function sectionsChart(sections: readonly SectionData[]): void {
  const ordered = [...sections].reverse();
  chart(
    'chart-sections',
    {
      grid: { left: 10, right: 150, top: 10, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, name: 'files clean', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: ordered.map((s) => s.title) },
      series: [
        {
          name: 'Share of files clean',
          type: 'bar',
          data: ordered.map((s) => Math.round(s.shareClean * 1000) / 10),
          itemStyle: { color: DARK },
          label: {
            show: true,
            position: 'right',
            formatter: (p: { dataIndex: number }) => {
              const s = ordered[p.dataIndex] as SectionData;
              return `${percent(s.shareClean)} (${number(s.clean)} of ${number(s.inScope)} ${s.id === 'environment' ? 'projects' : 'files'})`;
            },
          },
        },
      ],
    },
    sections.length,
  );
}

function suppressedChart(sections: readonly SectionData[]): void {
  const ordered = [...sections].reverse();
  const series = (name: string, values: number[], color: string) => ({
    name,
    type: 'bar',
    stack: 'findings',
    data: values,
    itemStyle: { color, borderColor: '#1f2328', borderWidth: 0.5 },
    label: { show: true, position: 'inside', formatter: (p: { value: number }) => (p.value > 0 ? number(p.value) : ''), color: '#000', backgroundColor: '#fff', padding: 2 },
  });
  chart(
    'chart-suppressed',
    {
      legend: { top: 0, data: ['New', 'Suppressed'] },
      grid: { left: 10, right: 30, top: 36, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, name: 'findings', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: ordered.map((s) => s.title) },
      series: [series('New', ordered.map((s) => s.new), DARK), series('Suppressed', ordered.map((s) => s.suppressed), LIGHT)],
    },
    sections.length,
  );
}

function rulesChart(data: ReportData): void {
  const top = data.rules.slice(0, 10).reverse();
  if (top.length === 0) {
    element('chart-rules').replaceWith(note('No findings: every rule passes.'));
    return;
  }
  chart(
    'chart-rules',
    {
      grid: { left: 10, right: 60, top: 10, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, name: 'findings', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: top.map((r) => `${r.code} ${r.name}`) },
      series: [{ name: 'Findings', type: 'bar', data: top.map((r) => r.findings), itemStyle: { color: DARK }, label: { show: true, position: 'right', formatter: (p: { value: number }) => number(p.value) } }],
    },
    top.length,
  );
}

function trendChart(data: ReportData): void {
  if (data.trend.length < 2) {
    element('chart-trend').replaceWith(note('One report so far: run `pystandards report --history DIR` again later to see the trend.'));
    return;
  }
  const labels = data.trend.map((p) => `${p.generatedAt.slice(0, 10)}${p.commit ? ` ${p.commit}` : ''}`);
  const line = (name: string, values: number[], symbol: string, type: 'solid' | 'dashed' | 'dotted', color: string) => ({
    name,
    type: 'line',
    data: values,
    symbol,
    symbolSize: 9,
    lineStyle: { type, width: 2, color },
    itemStyle: { color },
    label: { show: true, position: 'top', formatter: (p: { value: number }) => number(p.value) },
  });
  chart(
    'chart-trend',
    {
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 40, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1, name: 'findings' },
      series: [
        line('All findings', data.trend.map((p) => p.findings), 'circle', 'solid', DARK),
        line('New', data.trend.map((p) => p.new), 'triangle', 'dashed', '#7a3e00'),
        line('Suppressed', data.trend.map((p) => p.suppressed), 'rect', 'dotted', '#4d4d4d'),
      ],
    },
    8,
  );
}

function note(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'note';
  paragraph.textContent = text;
  return paragraph;
}

const SECTION_COLUMNS: readonly Column<SectionData>[] = [
  { key: 'title', label: 'Section', value: (s) => s.title },
  { key: 'clean', label: 'Clean', numeric: true, value: (s) => s.shareClean, text: (s) => `${percent(s.shareClean)} (${number(s.clean)}/${number(s.inScope)})` },
  { key: 'per1000', label: 'Per 1,000 lines', numeric: true, value: (s) => s.per1000Lines ?? -1, text: (s) => (s.per1000Lines === null ? '–' : s.per1000Lines.toFixed(2)) },
  { key: 'findings', label: 'Findings', numeric: true, value: (s) => s.findings, text: (s) => number(s.findings) },
  { key: 'new', label: 'New', numeric: true, value: (s) => s.new, text: (s) => number(s.new) },
  { key: 'suppressed', label: 'Suppressed', numeric: true, value: (s) => s.suppressed, text: (s) => number(s.suppressed) },
];

function start(): void {
  const data = JSON.parse(element<HTMLScriptElement>('report-data').textContent ?? '{}') as ReportData;
  const sectionTitles = new Map(data.sections.map((s) => [s.id as string, s.title]));
  renderTable(element('table-sections'), data.sections, SECTION_COLUMNS, { limit: 0 });
  renderTable(element('table-rules'), data.rules, [
    { key: 'code', label: 'Code', value: (r) => r.code },
    { key: 'name', label: 'Rule', value: (r) => r.name },
    { key: 'section', label: 'Section', value: (r) => sectionTitles.get(r.section) ?? 'Syntax' },
    { key: 'findings', label: 'Findings', numeric: true, value: (r) => r.findings, text: (r) => number(r.findings) },
    { key: 'suppressed', label: 'Suppressed', numeric: true, value: (r) => r.suppressed, text: (r) => number(r.suppressed) },
    { key: 'fixable', label: 'Fixable (--fix)', numeric: true, value: (r) => r.fixableSafe, text: (r) => number(r.fixableSafe) },
    { key: 'unsafe', label: 'Fixable (unsafe)', numeric: true, value: (r) => r.fixableUnsafe, text: (r) => number(r.fixableUnsafe) },
    { key: 'files', label: 'Files', numeric: true, value: (r) => r.files, text: (r) => number(r.files) },
  ], { limit: 0, filter: element<HTMLInputElement>('filter-rules') });
  renderTable(element('table-files'), data.files, [
    { key: 'path', label: 'File', value: (f) => f.path },
    { key: 'findings', label: 'Findings', numeric: true, value: (f) => f.findings, text: (f) => number(f.findings) },
    { key: 'per1000', label: 'Per 1,000 lines', numeric: true, value: (f) => (f.lines === 0 ? 0 : (f.findings / f.lines) * 1000), text: (f) => (f.lines === 0 ? '–' : ((f.findings / f.lines) * 1000).toFixed(1)) },
    { key: 'lines', label: 'Lines', numeric: true, value: (f) => f.lines, text: (f) => number(f.lines) },
    { key: 'suppressed', label: 'Suppressed', numeric: true, value: (f) => f.suppressed, text: (f) => number(f.suppressed) },
    { key: 'fixable', label: 'Fixable', numeric: true, value: (f) => f.fixable, text: (f) => number(f.fixable) },
  ], {
    limit: 100,
    filter: element<HTMLInputElement>('filter-files'),
    section: { select: element<HTMLSelectElement>('filter-files-section'), matches: (f, section) => ((f.bySection as Readonly<Record<string, number | undefined>>)[section] ?? 0) > 0 },
  });
  renderTable(element('table-folders'), data.folders, [
    { key: 'path', label: 'Folder', value: (f) => f.path },
    { key: 'findings', label: 'Findings', numeric: true, value: (f) => f.findings, text: (f) => number(f.findings) },
    { key: 'per1000', label: 'Per 1,000 lines', numeric: true, value: (f) => f.per1000Lines, text: (f) => f.per1000Lines.toFixed(1) },
    { key: 'files', label: 'Files', numeric: true, value: (f) => f.files, text: (f) => number(f.files) },
    { key: 'lines', label: 'Lines', numeric: true, value: (f) => f.lines, text: (f) => number(f.lines) },
  ], { limit: 50, filter: element<HTMLInputElement>('filter-folders') });
  sectionsChart(data.sections);
  suppressedChart(data.sections);
  rulesChart(data);
  trendChart(data);
  document.body.dataset.ready = 'true';
}

start();
